package gov.perftarget.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Large forms, one department after another (a closed loop: the latencies of one large form, not of a crowd):
 * a declaration with {@code BENCH_LARGE_TASKS} key tasks (50) and {@code BENCH_LARGE_INDICATORS} indicators (300)
 * created, its indicators put, submitted, and the time until its pre-review is served; then the official form's
 * files of such a declaration through HTTP: its workbook and PDF exported, and the workbook imported for a new
 * department.
 */
final class LargeForms {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTHORIZATION = "Bearer " + System.getenv().getOrDefault("BENCH_TOKEN", "");
    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String budget;
    private final String indicator;
    private final String review;
    private final Forms forms;
    private final String run;
    private final Map<String, Histogram> calls = new LinkedHashMap<>();

    LargeForms(String budget, String indicator, String review, Forms forms, String run) {
        this.budget = budget;
        this.indicator = indicator;
        this.review = review;
        this.forms = forms;
        this.run = run;
    }

    Map<String, Object> measure(int declarations, int taskCount, int indicatorCount, int fileRounds) throws Exception {
        String firstDeclaration = null;
        for (int i = 0; i < declarations; i++) {
            String departmentId = department("LF" + run + i, i);
            long start = System.nanoTime();
            JsonNode created = send("create declaration", "POST", budget + "/api/v1/declarations",
                    Http.write(forms.declaration(departmentId, 2031, i, taskCount)), "application/json");
            String id = created.get("id").asText();
            firstDeclaration = firstDeclaration == null ? id : firstDeclaration;
            JsonNode written = send("put indicators", "PUT", indicator + "/api/v1/declarations/" + id + "/indicators",
                    Http.write(forms.indicators(i, indicatorCount)), "application/json");
            send("submit", "POST", budget + "/api/v1/declarations/" + id + "/submit",
                    "{\"indicatorSetVersion\":" + written.get("version").asInt() + "}", "application/json");
            long submitted = System.nanoTime();
            awaitPreReview(id);
            record("submit → pre-review served", submitted);
            record("the whole form (create, put, submit, pre-review)", start);
        }
        for (int r = 0; r < fileRounds; r++) {
            byte[] workbook = bytes("export .xlsx", budget + "/api/v1/declarations/" + firstDeclaration + "/revisions/1/form.xlsx");
            bytes("export .pdf", budget + "/api/v1/declarations/" + firstDeclaration + "/revisions/1/form.pdf");
            String departmentId = department("LI" + run + r, r);
            long start = System.nanoTime();
            HttpResponse<String> imported = CLIENT.send(request(budget + "/api/v1/declaration-imports?departmentId="
                    + departmentId + "&fiscalYear=2031").header("Content-Type", WORKBOOK)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(), HttpResponse.BodyHandlers.ofString());
            check("import .xlsx", imported.statusCode(), imported.body());
            record("import .xlsx (new draft with its indicators)", start);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("declarations", declarations);
        result.put("keyTasks", taskCount);
        result.put("indicators", indicatorCount);
        result.put("fileRounds", fileRounds);
        Map<String, Object> figures = new LinkedHashMap<>();
        calls.forEach((call, histogram) -> figures.put(call, Report.percentiles(histogram)));
        result.put("calls", figures);
        return result;
    }

    private String department(String code, int i) throws Exception {
        JsonNode department = Http.JSON.readTree(CLIENT.send(request(budget + "/api/v1/departments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.write(forms.department(code, i)))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return department.get("id").asText();
    }

    private void awaitPreReview(String declarationId) throws Exception {
        String url = review + "/api/v1/declarations/" + declarationId + "/revisions/1/review";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && "PRE_REVIEWED".equals(Http.JSON.readTree(answer.body()).path("status").asText())) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no pre-review of " + declarationId + " within 30 s");
    }

    private JsonNode send(String call, String method, String url, String body, String type) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = CLIENT.send(request(url).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        record(call, start);
        check(call, answer.statusCode(), answer.body());
        return Http.JSON.readTree(answer.body());
    }

    private byte[] bytes(String call, String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> answer = CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        record(call, start);
        check(call, answer.statusCode(), "");
        return answer.body();
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", AUTHORIZATION);
    }

    private static void check(String call, int status, String body) {
        if (status >= 400) {
            throw new IllegalStateException(call + " failed: " + status + " " + body);
        }
    }

    private void record(String call, long startNanos) {
        calls.computeIfAbsent(call, name -> new Histogram(3)).recordValue((System.nanoTime() - startNanos) / 1_000);
    }
}
