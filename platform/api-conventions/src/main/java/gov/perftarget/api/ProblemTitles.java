package gov.perftarget.api;

import java.util.Map;

/** The title of a problem: the same for every occurrence of a status, in Chinese or English (RFC 9457 §3.1.3). */
final class ProblemTitles {

    private record Title(String zh, String en) {
    }

    private static final Map<Integer, Title> TITLES = Map.ofEntries(
            Map.entry(400, new Title("请求无效", "Bad Request")),
            Map.entry(401, new Title("未认证", "Unauthorized")),
            Map.entry(403, new Title("无权访问", "Forbidden")),
            Map.entry(404, new Title("未找到", "Not Found")),
            Map.entry(405, new Title("不支持的请求方法", "Method Not Allowed")),
            Map.entry(406, new Title("无法提供所要求的格式", "Not Acceptable")),
            Map.entry(409, new Title("与当前状态冲突", "Conflict")),
            Map.entry(412, new Title("版本已过期", "Precondition Failed")),
            Map.entry(415, new Title("不支持的请求体格式", "Unsupported Media Type")),
            Map.entry(422, new Title("不符合业务规则", "Unprocessable Content")),
            Map.entry(428, new Title("缺少版本条件", "Precondition Required")),
            Map.entry(500, new Title("服务内部错误", "Internal Server Error")),
            Map.entry(503, new Title("服务暂不可用", "Service Unavailable")));

    private ProblemTitles() {
    }

    static String title(int status, Language language) {
        Title title = TITLES.get(status);
        if (title == null) {
            return language == Language.EN ? "HTTP " + status : "HTTP 错误 " + status;
        }
        return language == Language.EN ? title.en() : title.zh();
    }
}
