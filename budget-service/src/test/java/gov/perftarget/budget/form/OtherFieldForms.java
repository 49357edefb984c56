package gov.perftarget.budget.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.rules.BudgetOverview;

/**
 * Ten forms of departments of other fields of work than the seed's science bureau, written for the tests: each
 * with its own key tasks and indicators in several categories, targets written the many ways departments write
 * them, and budget figures that add up.
 */
final class OtherFieldForms {

    private OtherFieldForms() {
    }

    /** A department's form: name, overall target, key tasks (name, content, funds, outcome), indicators. */
    private record Field(String department, String overallTarget, String[][] tasks, String[][] indicators) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("广州市农业农村局", "稳定粮食生产，推进种业振兴，促进农民增收。",
                    new String[][] { { "种业振兴行动", "育种攻关和良种繁育", "1200.50", "主要农作物良种覆盖率稳定在97%以上" },
                        { "高标准农田建设", "新建和改造提升高标准农田", "8300.00", "新增高标准农田2万亩" } },
                    new String[][] { { "产出指标", "数量指标", "新增高标准农田面积", "≥6万亩", "≥2万亩" },
                        { "产出指标", "质量指标", "良种覆盖率", "≥97%", "≥97%" },
                        { "产出指标", "成本指标", "高标准农田亩均建设成本", "≤3000元/亩", "≤3000元/亩" },
                        { "效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥7%", "≥6.5%" },
                        { "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%" } }),
            new Field("广州市卫生健康委员会", "提升基层医疗卫生服务能力，守护群众健康。",
                    new String[][] { { "基层医疗卫生服务能力提升工程", "改造乡镇卫生院，培训乡村医生", "5600.00", "群众就近看病更方便" } },
                    new String[][] { { "产出指标", "数量指标", "培训乡村医生", "≥3000人次", "≥1000人次" },
                        { "产出指标", "时效指标", "院前急救平均反应时间", "≤12分钟", "≤12分钟" },
                        { "效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "≥95%" },
                        { "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "1.门诊患者满意度≥90%；2.住院患者满意度≥92%" } }),
            new Field("广州市交通运输局", "建设畅通安全的交通网络。",
                    new String[][] { { "农村公路提质改造", "养护农村公路，改造危桥", "9800.00", "路况优良率提高" },
                        { "公交优先发展", "优化公交线网", "4300.25", "公交准点率提升" } },
                    new String[][] { { "产出指标", "数量指标", "农村公路养护里程", "≥300公里", "≥120km" },
                        { "产出指标", "数量指标", "危桥改造", "≥45座", "15座" },
                        { "产出指标", "成本指标", "货运平均运价", "≤0.35元/吨公里", "≤0.35元/吨公里" },
                        { "效益指标", "社会效益指标", "公交准点率", "≥90%", "≥92%" },
                        { "效益指标", "可持续影响指标", "新能源公交车占比", "100%", "100%" },
                        { "满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", "≥85%" } }),
            new Field("广州市文化广电旅游局", "丰富群众精神文化生活。",
                    new String[][] { { "文化惠民工程", "组织文化惠民演出", "2100.00", "群众文化生活更丰富" } },
                    new String[][] { { "产出指标", "数量指标", "文化惠民演出", "≥2000场次", "约500场次" },
                        { "产出指标", "数量指标", "4K超高清频道", "≥3个", "≥1个" },
                        { "效益指标", "社会效益指标", "公共图书馆年接待读者", "≥1200万人次", "≥1.2亿人次" },
                        { "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%" } }),
            new Field("广州市教育局", "办好人民满意的教育。",
                    new String[][] { { "学位供给攻坚", "新建和改扩建中小学校", "25600.00", "新增公办学位" },
                        { "教师队伍建设", "培训中小学教师", "1800.00", "教师专业能力提升" } },
                    new String[][] { { "产出指标", "数量指标", "新增公办学位", "≥10万个", "≥3万个" },
                        { "产出指标", "质量指标", "义务教育巩固率", "≥99%", "≥99%" },
                        { "效益指标", "社会效益指标", "学前教育普惠率", "≥85%", "≥85%" },
                        { "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "有所提升" } }),
            new Field("广州市生态环境局", "持续改善生态环境质量。",
                    new String[][] { { "蓝天保卫战", "治理工业废气，控制扬尘", "3200.00", "空气质量优良天数比例保持高位" } },
                    new String[][] { { "效益指标", "生态效益指标", "PM2.5年均浓度", "≤25微克/立方米", "≤25微克/立方米" },
                        { "效益指标", "生态效益指标", "SO2排放量", "≤120吨", "≤40吨" },
                        { "效益指标", "生态效益指标", "空气质量优良天数比例", "≥90%", "≥90%" },
                        { "产出指标", "数量指标", "重点企业废气治理", "≥150家", "≥50家" } }),
            new Field("广州市水务局", "保障供水安全，治理城市内涝。",
                    new String[][] { { "海绵城市建设", "改造排水管网，建设调蓄设施", "15800.00", "内涝点减少" } },
                    new String[][] { { "产出指标", "数量指标", "排水管网改造", "≥200公里", "≥60公里" },
                        { "产出指标", "时效指标", "供水抢修到场时间", "≤30分钟", "≤30分钟" },
                        { "效益指标", "社会效益指标", "城市公共供水普及率", "100%", "100%" },
                        { "满意度指标", "服务对象满意度指标", "市民满意度", "≥88%", "≥88%" } }),
            new Field("广州市民政局", "兜牢民生底线。",
                    new String[][] { { "养老服务体系建设", "建设社区嵌入式养老服务设施", "4500.00", "养老服务覆盖更多老人" } },
                    new String[][] { { "产出指标", "数量指标", "新增养老床位", "≥3000张", "≥1000张" },
                        { "产出指标", "成本指标", "每张床位建设补助", "≤5万元", "≤5万元" },
                        { "效益指标", "社会效益指标", "特困人员集中供养率", "≥60%", "≥60%" },
                        { "满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "≥90%" } }),
            new Field("广州市体育局", "推进全民健身。",
                    new String[][] { { "全民健身设施建设", "建设社区健身路径和体育公园", "2600.80", "群众健身更便利" } },
                    new String[][] { { "产出指标", "数量指标", "新建社区健身路径", "≥300条", "100条" },
                        { "效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", "≥40%" },
                        { "满意度指标", "服务对象满意度指标", "健身群众满意度", "≥85%", "≥85%" } }),
            new Field("广州市住房和城乡建设局", "推进城市更新，改善居住条件。",
                    new String[][] { { "老旧小区改造", "改造老旧小区水电气路", "12000.00", "居民居住条件改善" },
                        { "保障性住房建设", "筹建保障性租赁住房", "30000.00", "新市民住房困难缓解" } },
                    new String[][] { { "产出指标", "数量指标", "改造老旧小区", "≥300个", "≥100个" },
                        { "产出指标", "数量指标", "筹建保障性租赁住房", "≥6万套", "≥2万套" },
                        { "产出指标", "成本指标", "住房建安成本", "≤3500元/平方米", "≤3500元/平方米" },
                        { "效益指标", "社会效益指标", "受益居民", "≥20万户", "≥6万户" },
                        { "满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "≥85%" } }));

    static List<Form> all() {
        List<Form> forms = new ArrayList<>();
        int year = 2026;
        for (Field field : FIELDS) {
            List<RevisionContent.KeyTaskContent> tasks = new ArrayList<>();
            BigDecimal funds = BigDecimal.ZERO;
            for (String[] task : field.tasks()) {
                BigDecimal planned = new BigDecimal(task[2]);
                funds = funds.add(planned);
                tasks.add(new RevisionContent.KeyTaskContent(task[0], task[1], planned, task[3]));
            }
            BigDecimal basic = new BigDecimal("1234.56");
            BudgetOverview budget = new BudgetOverview(basic, new BigDecimal("321.00"),
                    basic.add(new BigDecimal("321.00")).add(funds), BigDecimal.ZERO.setScale(2), funds,
                    BigDecimal.ZERO.setScale(2), funds, BigDecimal.ZERO.setScale(2));
            List<Form.Indicator> indicators = new ArrayList<>();
            for (String[] indicator : field.indicators()) {
                indicators.add(new Form.Indicator(indicator[0], indicator[1], indicator[2], indicator[3], indicator[4]));
            }
            RevisionContent content = new RevisionContent(UUID.randomUUID(), "F" + forms.size(), field.department(), 3,
                    year, budget, field.overallTarget(), tasks, forms.size() % 2 == 0 ? null : "完成上级交办的其他任务。");
            forms.add(new Form(content, forms.size() % 3, indicators));
        }
        return forms;
    }
}
