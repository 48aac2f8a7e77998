package com.satisfaction.core.survey;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The built-in questionnaires a quality manager can start a new survey from (SPEC §2). Each one builds a
 * complete, publishable {@link SurveyDefinition} in Chinese and English; the manager copies it into a draft
 * and adapts it.
 */
public enum SurveyTemplate {

    /** The half-yearly FM40 questionnaire of seed {@code 000_…} 篇2, sixteen LIKERT5 items and suggestions. */
    SEED_QUESTIONNAIRE(
            t("客户满意度调查表（FM40）", "Customer satisfaction survey (FM40)"),
            t("半年度客户满意度调查：产品的服务品质、产品竞争力、销售服务品质共 16 项五级评分，另附客户建议事项。",
                    "The half-yearly FM40 questionnaire: 16 five-level items on product service quality, product"
                            + " competitiveness and sales service quality, followed by the customer's suggestions."),
            SurveyTemplate::seedQuestionnaire),

    /** One 0–10 likelihood-to-recommend question with an optional "main reason" follow-up (SPEC §4.2). */
    NPS_WITH_REASON(
            t("净推荐值（NPS）及原因", "Net Promoter Score (NPS) with reason"),
            t("一个 0–10 分的推荐意愿问题，加一个可选的追问：给出该分数的主要原因。",
                    "One 0–10 likelihood-to-recommend question and an optional follow-up asking for the main"
                            + " reason for the score."),
            SurveyTemplate::npsWithReason),

    /** The five SERVQUAL dimensions as weighted expected-vs-received indicators (SPEC §4.7). */
    SERVQUAL(
            t("SERVQUAL 服务质量五维度", "SERVQUAL five service-quality dimensions"),
            t("信赖度、专业度、有形度、同理度、反应度五个维度；每项指标由客户分别给出期望值与实际感受（1–10），"
                            + "按权重计算期望达成度。",
                    "Reliability, assurance, tangibles, empathy and responsiveness: for each indicator the customer"
                            + " rates what they expected and what they received (1–10), weighted into how far"
                            + " expectations are met."),
            SurveyTemplate::servqual),

    /** A short survey after one delivery, service visit or complaint: CSAT 1–5, CES 1–7 and a comment. */
    TRANSACTIONAL_CSAT_CES(
            t("单次交易满意度（CSAT + CES）", "Transactional CSAT + CES"),
            t("在一次交货、服务或投诉处理之后发送：满意度（1–5）、费力度（1–7）和可选的意见。",
                    "Sent after a delivery, a service visit or a handled complaint: satisfaction (1–5),"
                            + " effort (1–7) and an optional comment."),
            SurveyTemplate::transactionalCsatCes);

    /** Length limit of the suggestions in the seed questionnaire and the SERVQUAL survey. */
    static final int SUGGESTIONS_MAX_LENGTH = 2000;

    private final LocalizedText label;
    private final LocalizedText description;
    private final Supplier<SurveyDefinition> definition;

    SurveyTemplate(LocalizedText label, LocalizedText description, Supplier<SurveyDefinition> definition) {
        this.label = label;
        this.description = description;
        this.definition = definition;
    }

    /** The template's name as the manager sees it in the list of templates. */
    public LocalizedText label() {
        return label;
    }

    /** One or two sentences telling the manager what the template asks and when to use it. */
    public LocalizedText description() {
        return description;
    }

    /** A new, complete and publishable survey built from this template: its {@code problems()} are empty. */
    public SurveyDefinition definition() {
        return definition.get();
    }

    private static SurveyDefinition seedQuestionnaire() {
        return SurveyDefinition.of(
                t("客户满意度调查表", "Customer satisfaction survey"),
                t("尊敬的客户：感谢您一直以来对我司的支持与信任。为了解您对我司产品与服务的满意程度，"
                                + "以便持续改进、提高服务水平，特请您填写本调查表。请按您的实际感受，"
                                + "在每个项目中选择“非常好”“好”“普通”“差”或“非常差”。"
                                + "填写约需 5 分钟；您的回答仅用于改进我司的产品与服务，我们将严格保密。",
                        "Dear customer, thank you for your continued support and trust. To learn how satisfied you"
                                + " are with our products and services, so that we can keep improving them, we kindly"
                                + " ask you to complete this survey. For each item, please choose Very good, Good,"
                                + " Average, Poor or Very poor according to your own experience. It takes about"
                                + " 5 minutes; your answers are used only to improve our products and services and"
                                + " are kept strictly confidential."),
                SectionDefinition.of(t("1. 产品的服务品质", "1. Product service quality"),
                        item("从下单到出货时间的满意度", "Time from order to shipment"),
                        item("产品稳定度", "Product stability and consistency"),
                        item("产品及操作手册使用的简易性", "Ease of use of the product and its operating manual"),
                        item("交货货品及数量的正确性", "Correct goods and quantities delivered"),
                        item("产品故障排除满意度", "Troubleshooting of product faults")),
                SectionDefinition.of(t("2. 产品竞争力", "2. Product competitiveness"),
                        item("产品规格是否符合您的实际需求", "Product specifications meet your actual needs"),
                        item("价格竞争力（与其他厂商比较）", "Price competitiveness (compared with other suppliers)"),
                        item("推出新产品的速度", "Speed of launching new products")),
                SectionDefinition.of(
                        t("3.1 销售服务品质：业务与技术支持的服务品质",
                                "3.1 Sales service quality: sales and technical support"),
                        item("语言沟通与表达能力", "Communication and expression skills"),
                        item("专业技术能力", "Professional and technical competence"),
                        item("服务态度", "Service attitude"),
                        item("问题处理能力", "Ability to solve problems"),
                        item("客户问题的反馈速度", "Speed of response to customer issues")),
                SectionDefinition.of(
                        t("3.2 销售服务品质：市场行销的服务品质（产品型录）",
                                "3.2 Sales service quality: marketing (product catalogue)"),
                        item("外观设计", "Design and appearance"),
                        item("产品查询容易度", "Ease of finding products"),
                        item("内容实用性", "Usefulness of the content")),
                suggestionsSection());
    }

    private static SurveyDefinition npsWithReason() {
        return SurveyDefinition.of(
                t("推荐意愿调查", "Likelihood to recommend"),
                t("感谢您抽出一分钟回答两个问题。您的回答仅用于改进我们的产品与服务，我们将严格保密。",
                        "Thank you for taking a minute to answer two questions. Your answers are used only to"
                                + " improve our products and services and are kept strictly confidential."),
                SectionDefinition.of(t("推荐意愿", "Likelihood to recommend"),
                        QuestionDefinition.nps(
                                t("您向朋友或同行推荐我司产品与服务的可能性有多大？",
                                        "How likely are you to recommend our products and services to a friend"
                                                + " or colleague?"),
                                t("完全不可能", "Not at all likely"),
                                t("极有可能", "Extremely likely")),
                        QuestionDefinition.text(
                                t("您给出这个分数的最主要原因是什么？", "What is the main reason for your score?"))));
    }

    private static SurveyDefinition servqual() {
        return SurveyDefinition.of(
                t("服务质量调查（SERVQUAL）", "Service quality survey (SERVQUAL)"),
                t("感谢您参与本次调查。对以下每一项，请分别给出您的期望水平和实际感受到的水平"
                                + "（1 = 非常低，10 = 非常高），帮助我们找到最需要改进之处。"
                                + "填写约需 10 分钟；您的回答仅用于改进服务，我们将严格保密。",
                        "Thank you for taking part. For each statement, please rate both the level you expect and"
                                + " the level you actually received (1 = very low, 10 = very high), so that we can"
                                + " see where to improve first. It takes about 10 minutes; your answers are used"
                                + " only to improve our service and are kept strictly confidential."),
                SectionDefinition.of(t("信赖度", "Reliability"),
                        indicator("按承诺的时间交货", "Delivers on the date promised"),
                        indicator("产品质量稳定，符合规格", "Product quality is consistent and meets the specifications"),
                        indicator("第一次就把事情做对", "Gets things right the first time"),
                        indicator("单据与记录准确无误", "Documents, invoices and records are accurate")),
                SectionDefinition.of(t("专业度", "Assurance"),
                        indicator("人员具备解答您问题的专业知识", "Staff have the knowledge to answer your questions"),
                        indicator("人员的言行让您对合作有信心", "Staff inspire confidence in working with us"),
                        indicator("与我司往来让您感到放心（质量、信息保密）",
                                "You feel safe in your dealings with us (quality, confidentiality)"),
                        indicator("人员始终以礼相待", "Staff are consistently courteous")),
                SectionDefinition.of(t("有形度", "Tangibles"),
                        indicator("生产与检测设备先进", "Up-to-date production and testing equipment"),
                        indicator("厂区与办公环境整洁有序", "Plant and offices are clean and orderly"),
                        indicator("人员仪容整洁、专业", "Staff appear neat and professional"),
                        indicator("包装、产品型录与文件资料清晰美观",
                                "Packaging, catalogues and documents are clear and well presented")),
                SectionDefinition.of(t("同理度", "Empathy"),
                        indicator("了解贵公司的具体需求", "Understands your company's specific needs"),
                        indicator("给予贵公司个别的关注", "Gives your company individual attention"),
                        indicator("以贵公司的利益为重", "Has your company's best interests at heart"),
                        indicator("联系与服务时间方便贵公司", "Contact and service hours suit your company")),
                SectionDefinition.of(t("反应度", "Responsiveness"),
                        indicator("及时告知订单与交期的进展", "Keeps you informed of order and delivery progress"),
                        indicator("迅速回复询价与咨询", "Answers enquiries and requests for quotation promptly"),
                        indicator("乐于主动提供协助", "Is always willing to help"),
                        indicator("及时处理您的投诉与问题", "Deals with your complaints and problems promptly")),
                suggestionsSection());
    }

    private static SurveyDefinition transactionalCsatCes() {
        return SurveyDefinition.of(
                t("服务体验调查", "Service experience survey"),
                t("感谢您近期与我们的合作。请花一分钟告诉我们这次的体验。您的回答仅用于改进服务，我们将严格保密。",
                        "Thank you for your recent business with us. Please take a minute to tell us about this"
                                + " experience. Your answers are used only to improve our service and are kept"
                                + " strictly confidential."),
                SectionDefinition.of(t("本次体验", "This experience"),
                        QuestionDefinition.csat(
                                t("您对本次服务的整体满意度如何？", "Overall, how satisfied are you with this service?"),
                                Scale.ONE_TO_FIVE,
                                t("非常不满意", "Very dissatisfied"),
                                t("非常满意", "Very satisfied")),
                        QuestionDefinition.ces(
                                t("这次从我们这里获得所需的服务有多容易？",
                                        "How easy was it to get what you needed from us this time?"),
                                t("非常困难", "Very difficult"),
                                t("非常容易", "Very easy")),
                        QuestionDefinition.text(
                                t("您还有什么想告诉我们的吗？", "Is there anything else you would like to tell us?"))));
    }

    /** A scored LIKERT5 item of the seed questionnaire, required, with the default 10 points. */
    private static QuestionDefinition item(String zh, String en) {
        return QuestionDefinition.likert5(t(zh, en));
    }

    /** A SERVQUAL indicator: four per dimension, weighted equally within it. */
    private static QuestionDefinition indicator(String zh, String en) {
        return QuestionDefinition.expectationPair(t(zh, en), new BigDecimal("0.25"))
                .withLabels(t("非常低", "Very low"), t("非常高", "Very high"));
    }

    /** The closing 客户建议事项: one optional free-text question. */
    private static SectionDefinition suggestionsSection() {
        return SectionDefinition.of(t("客户建议事项", "Suggestions"),
                QuestionDefinition.text(
                                t("请写下您对我司产品与服务的意见和建议。",
                                        "Please tell us your comments and suggestions on our products and services."))
                        .withMaxLength(SUGGESTIONS_MAX_LENGTH));
    }

    private static LocalizedText t(String zh, String en) {
        return LocalizedText.of(zh, en);
    }
}
