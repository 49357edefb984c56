package gov.perftarget.indicator.grammar;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The target grammar, cell by cell. A quantitative measure is described as
 * {@code metric|sign|value[..upper]|unit[→normalised]|warnings}, a qualitative one as {@code T:text}.
 */
class TargetGrammarTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // every comparator form
                cell("开展项目数量≥800项", "开展项目数量|≥|800|项|"),
                cell("项目数量>=800项", "项目数量|≥|800|项|"),
                cell("项目数量=>800项", "项目数量|≥|800|项|"),
                cell("项目数量＞800项", "项目数量|＞|800|项|"),
                cell("项目数量>800项", "项目数量|＞|800|项|"),
                cell("投诉率＜5%", "投诉率|＜|5|%|"),
                cell("投诉率<5%", "投诉率|＜|5|%|"),
                cell("投诉率≤5%", "投诉率|≤|5|%|"),
                cell("投诉率<=5%", "投诉率|≤|5|%|"),
                cell("完成率＝100%", "完成率|＝|100|%|"),
                cell("完成率=100%", "完成率|＝|100|%|"),
                cell("完成率≧95%", "完成率|≥|95|%|"),
                cell("投诉率≦5%", "投诉率|≤|5|%|"),
                cell("培训人数不少于200人", "培训人数|≥|200|人|"),
                cell("合格率不低于95%", "合格率|≥|95|%|"),
                cell("办理时限不超过15个工作日", "办理时限|≤|15|个工作日→15工作日|"),
                cell("单位成本不高于300万元", "单位成本|≤|300|万元|"),
                cell("覆盖率达到90%", "覆盖率|≥|90|%|"),
                cell("覆盖率达90%", "覆盖率|≥|90|%|"),
                cell("满意度大于85%", "满意度|＞|85|%|"),
                cell("测量误差小于1%", "测量误差|＜|1|%|"),
                cell("验收通过率为100%", "验收通过率|＝|100|%|"),
                cell("满意度 ≥ 90 %", "满意度|≥|90|%|"),
                // full-width digits and signs, decimals
                cell("项目数量≥１９００项", "项目数量|≥|1900|项|"),
                cell("满意度＞＝９０％", "满意度|≥|90|％→90%|"),
                cell("增长率≥3.5%", "增长率|≥|3.5|%|"),
                cell("增长率≥３．５%", "增长率|≥|3.5|%|"),
                cell("完成时间≤0.5天", "完成时间|≤|0.5|天|"),
                // thousands separators
                cell("全市技术合同成交额≥2,600亿元", "全市技术合同成交额|≥|2600|亿元→26000000万元|"),
                cell("服务人次≥12，000人次", "服务人次|≥|12000|人次|"),
                cell("带动投资≥1,250,000.50万元", "带动投资|≥|1250000.50|万元|"),
                // ranges
                cell("满意度80%-90%", "满意度|～|80..90|%|"),
                cell("满意度80%～90%", "满意度|～|80..90|%|"),
                cell("处理时长3~5天", "处理时长|～|3..5|天|"),
                cell("工期控制在10至20天", "工期|～|10..20|天|"),
                // units that convert
                cell("投资额≥1.5亿元", "投资额|≥|1.5|亿元→15000万元|"),
                cell("历史获奖企业参赛后累计融资数≥200亿", "历史获奖企业参赛后累计融资数|≥|200|亿→2000000万元|"),
                cell("新增注册用户≥3亿", "新增注册用户|≥|3|亿|AMBIGUOUS_UNIT"),
                cell("服务人数≥5万人", "服务人数|≥|5|万人→50000人|"),
                cell("补助资金≥500万", "补助资金|≥|500|万→500万元|"),
                cell("人均成本≤800元", "人均成本|≤|800|元|"), // a price per unit, not a money total
                cell("采购费用≤5000千元", "采购费用|≤|5000|千元→500万元|"),
                cell("参观人次≥1.2万人次", "参观人次|≥|1.2|万人次→12000人次|"),
                cell("就业率提高2个百分点", "就业率提高|≥|2|个百分点→2百分点|SIGN_MISSING"),
                // quantities without a sign
                cell("新增省级以上孵化载体15家", "新增省级以上孵化载体|≥|15|家|SIGN_MISSING"),
                cell("新增孵化载体15家以上", "新增孵化载体|≥|15|家|"),
                cell("办结时间5个工作日以内", "办结时间|≤|5|个工作日→5工作日|"),
                cell("故障率3%以下", "故障率|≤|3|%|"),
                cell("新增专利150", "新增专利|≥|150||SIGN_MISSING,UNIT_MISSING"),
                cell("评审得分≥90", "评审得分|≥|90||UNIT_MISSING"),
                cell("1.5倍以上", "-|≥|1.5|倍|"),
                cell("新增孵化载体15家；新增众创空间20家",
                        "新增孵化载体|≥|15|家|SIGN_MISSING", "新增众创空间|≥|20|家|SIGN_MISSING"),
                // numbers inside the metric
                cell("支持35岁以下博士青年人才开展研究项目≥1900项", "支持35岁以下博士青年人才开展研究项目|≥|1900|项|"),
                cell("第1阶段完成率≥50%", "第1阶段完成率|≥|50|%|"),
                // numbered lists in each style
                cell("1.完成课题研究；2.论文≥10篇。", "T:完成课题研究", "论文|≥|10|篇|"),
                cell("1、服务对象满意度≥90%；2、投诉率≤5%", "服务对象满意度|≥|90|%|", "投诉率|≤|5|%|"),
                cell("1)满意度≥90% 2)投诉率≤5%", "满意度|≥|90|%|", "投诉率|≤|5|%|"),
                cell("（1）新增企业≥10家；（2）新增就业≥100人", "新增企业|≥|10|家|", "新增就业|≥|100|人|"),
                cell("(1)满意度≥90%; (2)投诉率≤2%", "满意度|≥|90|%|", "投诉率|≤|2|%|"),
                cell("①提升服务质量②群众满意度≥90%", "T:提升服务质量", "群众满意度|≥|90|%|"),
                cell("一、完善制度建设；二、培训人数≥300人次", "T:完善制度建设", "培训人数|≥|300|人次|"),
                cell("１．新增载体≥5家；２．孵化企业≥100家", "新增载体|≥|5|家|", "孵化企业|≥|100|家|"),
                cell("1.新增省级以上孵化载体15家； 2.国家级孵化器运营评价优秀数量位居全国前列。",
                        "新增省级以上孵化载体|≥|15|家|SIGN_MISSING", "T:国家级孵化器运营评价优秀数量位居全国前列"),
                cell("2.只有第二项≥5项", "2.只有第二项|≥|5|项|"),
                // several signed quantities in one item
                cell("高新技术企业申报数量≥4500家，高新技术企业认定数≥4000家",
                        "高新技术企业申报数量|≥|4500|家|", "高新技术企业认定数|≥|4000|家|"),
                cell("提升服务水平，满意度≥90%，投诉率≤5%", "T:提升服务水平", "满意度|≥|90|%|", "投诉率|≤|5|%|"),
                cell("满意度≥90%或≥85分", "满意度≥90%或|≥|85|分|AMBIGUOUS_NUMBER"),
                // units outside any list, digits inside names, approximations, several targets in one item
                cell("SO2排放量≤120吨", "SO2排放量|≤|120|吨|"),
                cell("4K超高清频道≥3个", "4K超高清频道|≥|3|个|"),
                cell("第3方评估满意度≥85%", "第3方评估满意度|≥|85|%|"),
                cell("PM2.5年均浓度≤35微克/立方米", "PM2.5年均浓度|≤|35|微克/立方米|"),
                cell("系统响应时间≤200毫秒", "系统响应时间|≤|200|毫秒|"),
                cell("单位产值能耗≤0.35吨标准煤", "单位产值能耗|≤|0.35|吨标准煤|"),
                cell("住房建安成本≤3500元/平方米", "住房建安成本|≤|3500|元/平方米|"),
                cell("文化演出≥20场次", "文化演出|≥|20|场次|"),
                cell("约500个", "-|≥|500|个|SIGN_MISSING,APPROXIMATE"),
                cell("建成500个左右", "建成|≥|500|个|SIGN_MISSING,APPROXIMATE"),
                cell("政策知晓率不低于80%；群众投诉办结率100%",
                        "政策知晓率|≥|80|%|", "群众投诉办结率|≥|100|%|SIGN_MISSING"),
                cell("满意度≥90%且投诉率≤5%", "满意度|≥|90|%|", "投诉率|≤|5|%|"),
                cell("新建改建农村公路120公里并完成危桥改造15座",
                        "新建改建农村公路|≥|120|公里|SIGN_MISSING", "完成危桥改造|≥|15|座|SIGN_MISSING"),
                cell("科技和金融结合试点≥3个", "科技和金融结合试点|≥|3|个|"),
                cell("孵化器、众创空间≥20家，加速器≥5家", "孵化器、众创空间|≥|20|家|", "加速器|≥|5|家|"),
                cell("近5年新增专利≥100项", "近5年新增专利|≥|100|项|"),
                cell("2025年完成建设", "T:2025年完成建设"),
                // qualitative text
                cell("国家级孵化器运营评价优秀数量位居全国前列", "T:国家级孵化器运营评价优秀数量位居全国前列"),
                cell("有所提升", "T:有所提升"),
                cell("加强资源整合；提升服务效率", "T:加强资源整合；提升服务效率"),
                cell("完成15项课题的结题验收工作", "T:完成15项课题的结题验收工作"),
                cell("2025年底前完成建设", "T:2025年底前完成建设"),
                cell("成本控制在预算范围内", "T:成本控制在预算范围内"),
                cell("为市民提供丰富多彩的科普体验活动。", "T:为市民提供丰富多彩的科普体验活动"),
                // empty, whitespace, punctuation, control characters
                cell(""),
                cell("   \u3000 \n\t "),
                cell("。；"),
                cell("满意度≥90%。", "满意度|≥|90|%|"),
                cell("满意度\u0000≥90%\u0007", "满意度|≥|90|%|"),
                cell("\u200b满意度≥90%\r\n", "满意度|≥|90|%|"));
    }

    private static Arguments cell(String text, String... expected) {
        return Arguments.of(text, List.of(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void shouldReadEachCellIntoItsMeasures(String cell, List<String> expected) {
        assertEquals(expected, TargetGrammar.parse(cell).stream().map(TargetGrammarTest::describe).toList());
    }

    @Test
    void shouldKeepAnUnreadableOrOverlongCellAsText() {
        assertEquals(List.of(), TargetGrammar.parse(null));
        String tenThousandSigns = "≥".repeat(10_000);
        List<Measure> signs = TargetGrammar.parse(tenThousandSigns);
        assertEquals(1, signs.size());
        assertEquals(Nature.QUALITATIVE, signs.get(0).nature());
        assertEquals(tenThousandSigns, signs.get(0).text());

        String tooLong = "满意度≥90%；".repeat(1_500);
        List<Measure> truncated = TargetGrammar.parse(tooLong);
        assertEquals(List.of(ParseWarning.TRUNCATED), truncated.get(0).warnings());
        assertEquals(tooLong.strip(), truncated.get(0).text());
    }

    @Test
    void shouldNeverThrowOnHostileInput() {
        List<String> hostile = List.of("9".repeat(10_000), "1.".repeat(5_000), "（1）".repeat(2_000),
                "≥1".repeat(5_000), "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", "\u0000\u0001\u0002\u001f\u007f",
                "\ud800\udc00\ud800", "1,000,000,000,000,000,000,000亿元", "≥.%", "1.2.3.4.5.", "－－－", "亿元",
                "≥999999999999999999999999.999999999999亿元");
        for (String cell : hostile) {
            assertDoesNotThrow(() -> TargetGrammar.parse(cell), cell.length() > 40 ? cell.substring(0, 40) : cell);
        }
        assertEquals(List.of(), TargetGrammar.parse("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"), "markers alone hold no target");
    }

    static String describe(Measure m) {
        if (m.nature() == Nature.QUALITATIVE) {
            return "T:" + m.text();
        }
        String value = m.value().toPlainString() + (m.upperValue() == null ? "" : ".." + m.upperValue().toPlainString());
        String unit = m.unit() == null ? "" : m.unit();
        boolean converts = m.unit() != null
                && (!m.unit().equals(m.normalizedUnit()) || m.value().compareTo(m.normalizedValue()) != 0);
        if (converts) {
            unit += "→" + m.normalizedValue().toPlainString() + m.normalizedUnit();
        }
        return (m.metric() == null ? "-" : m.metric()) + "|" + m.comparator().symbol() + "|" + value + "|" + unit + "|"
                + m.warnings().stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
