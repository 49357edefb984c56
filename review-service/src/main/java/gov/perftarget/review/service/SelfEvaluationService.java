package gov.perftarget.review.service;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.review.client.IndicatorServiceClient;
import gov.perftarget.review.client.IndicatorServiceReads;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.ScoringRuleSet;
import gov.perftarget.review.domain.SelfEvaluation;
import gov.perftarget.review.domain.scoring.ScoringInput;
import gov.perftarget.review.domain.scoring.SelfEvaluationScoring;
import gov.perftarget.review.representation.SelfEvaluationRequest;

/**
 * 绩效自评: scores an approved revision from the actual values recorded in indicator-service, the
 * budget executed and the evaluator's part, with the fiscal year's rule set; keeps every scoring.
 */
@ApplicationScoped
public class SelfEvaluationService {

    private final IndicatorServiceClient indicatorService;
    private final ScoringRuleSetService ruleSets;
    private final ReviewService reviews;
    private final AuditTrail audit;

    public SelfEvaluationService(@RestClient IndicatorServiceClient indicatorService, ScoringRuleSetService ruleSets,
            ReviewService reviews, AuditTrail audit) {
        this.indicatorService = indicatorService;
        this.ruleSets = ruleSets;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** What a self-evaluation recorded, for the audit trail. */
    private record Scored(UUID declarationId, int revision, int ruleSetVersion, BigDecimal totalScore, Grade grade) {
    }

    @Transactional
    public SelfEvaluation evaluate(UUID declarationId, int revision, SelfEvaluationRequest request) {
        Review review = reviews.ofRevision(declarationId, revision);
        if (review.status != ReviewStatus.APPROVED) {
            throw ApiException.conflict(ProblemType.REVISION_NOT_APPROVED,
                    MESSAGES.text("problem.revision-not-approved", review.status));
        }
        ScoringRuleSet ruleSet = ruleSets.forScoring(review.fiscalYear, request.ruleSetVersion());
        // reviews pre-reviewed before the indicators were kept with them read them from indicator-service
        List<RevisionIndicator> indicators = review.indicators != null ? review.indicators
                : frozenIndicators(declarationId, revision);
        ScoringInput input = input(review, indicators, request.executedAmount(), actualValues(declarationId, revision),
                request.qualitativeScores());
        refuseUnknownMeasures(input, request);
        Map<String, SelfEvaluationScoring.Explanation> explanations = new LinkedHashMap<>();
        if (request.deviationExplanations() != null) {
            request.deviationExplanations().forEach(e -> explanations.put(e.indicatorPosition() + "/" + e.measureIndex(),
                    new SelfEvaluationScoring.Explanation(e.deviationReason(), e.improvementMeasure())));
        }
        SelfEvaluation evaluation = new SelfEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.declarationId = declarationId;
        evaluation.revision = revision;
        evaluation.fiscalYear = review.fiscalYear;
        evaluation.ruleSetVersion = ruleSet.version;
        evaluation.inputs = new SelfEvaluation.Inputs(input, explanations);
        try {
            evaluation.result = new SelfEvaluationScoring(ruleSet.rules, ruleSet.fiscalYear, ruleSet.version)
                    .score(input, explanations);
        } catch (SelfEvaluationScoring.InputProblems e) {
            throw ApiException.unprocessable(ProblemType.SELF_EVALUATION_INCOMPLETE,
                    MESSAGES.text("problem.self-evaluation-incomplete"),
                    e.problems().stream().map(p -> new InvalidField(p.field(), p.message(), p.messageEn()))
                            .toList());
        }
        evaluation.totalScore = evaluation.result.total().score();
        evaluation.grade = evaluation.result.grade();
        evaluation.evaluatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        evaluation.persist();
        audit.recordCall("self-evaluation.create", "self-evaluation", evaluation.id, null, new Scored(declarationId,
                revision, evaluation.ruleSetVersion, evaluation.totalScore, evaluation.grade));
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SelfEvaluation> ofRevision(UUID declarationId, int revision) {
        reviews.ofRevision(declarationId, revision);
        return SelfEvaluation.ofRevision(declarationId, revision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelfEvaluation get(UUID id) {
        SelfEvaluation evaluation = SelfEvaluation.<SelfEvaluation>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.self-evaluation"), id));
        // visible to whoever may see the review of its revision (a declarant: its own department's)
        try {
            reviews.ofRevision(evaluation.declarationId, evaluation.revision);
        } catch (ApiException notVisible) {
            throw ApiException.notFound(MESSAGES.text("resource.self-evaluation"), id);
        }
        return evaluation;
    }

    /** A score or an explanation for a measure the revision does not have (or a score for a quantity) is refused. */
    private static void refuseUnknownMeasures(ScoringInput input, SelfEvaluationRequest request) {
        Map<String, ScoringInput.Measure> measures = new LinkedHashMap<>();
        input.indicators().forEach(i -> i.measures().forEach(m -> measures.put(i.position() + "/" + m.index(), m)));
        List<InvalidField> errors = new ArrayList<>();
        List<SelfEvaluationRequest.QualitativeScore> scores = request.qualitativeScores() == null ? List.of()
                : request.qualitativeScores();
        for (int i = 0; i < scores.size(); i++) {
            ScoringInput.Measure measure = measures.get(scores.get(i).indicatorPosition() + "/" + scores.get(i).measureIndex());
            if (measure == null || measure.quantitative()) {
                errors.add(new InvalidField("qualitativeScores[" + i + "]",
                        MESSAGES.text("self-evaluation.no-such-qualitative-measure",
                                scores.get(i).indicatorPosition(), scores.get(i).measureIndex())));
            }
        }
        List<SelfEvaluationRequest.DeviationExplanation> explanations = request.deviationExplanations() == null
                ? List.of() : request.deviationExplanations();
        for (int i = 0; i < explanations.size(); i++) {
            if (!measures.containsKey(explanations.get(i).indicatorPosition() + "/" + explanations.get(i).measureIndex())) {
                errors.add(new InvalidField("deviationExplanations[" + i + "]",
                        MESSAGES.text("self-evaluation.no-such-measure",
                                explanations.get(i).indicatorPosition(), explanations.get(i).measureIndex())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.SELF_EVALUATION_INCOMPLETE,
                    MESSAGES.text("problem.self-evaluation-unknown-measures"), errors);
        }
    }

    private List<RevisionIndicator> frozenIndicators(UUID declarationId, int revision) {
        return IndicatorServiceReads.read(() -> indicatorService.frozenIndicators(declarationId, revision).indicators());
    }

    private List<IndicatorServiceClient.MeasureValue> actualValues(UUID declarationId, int revision) {
        return IndicatorServiceReads.read(() -> indicatorService.measureValues(declarationId, revision));
    }

    /** The scoring input: the revision's indicators as reviewed, each annual measure with its actual value. */
    private static ScoringInput input(Review review, List<RevisionIndicator> revisionIndicators, BigDecimal executed,
            List<IndicatorServiceClient.MeasureValue> values, List<SelfEvaluationRequest.QualitativeScore> scores) {
        Map<String, BigDecimal> evaluatorScores = scores == null ? Map.of()
                : scores.stream().collect(Collectors.toMap(s -> s.indicatorPosition() + "/" + s.measureIndex(),
                        SelfEvaluationRequest.QualitativeScore::score, (a, b) -> b));
        Map<Integer, List<IndicatorServiceClient.MeasureValue>> byIndicator = values.stream()
                .collect(Collectors.groupingBy(IndicatorServiceClient.MeasureValue::indicatorPosition));
        List<ScoringInput.Indicator> indicators = revisionIndicators.stream()
                .map(indicator -> indicator(indicator, byIndicator.getOrDefault(indicator.position(), List.of()),
                        evaluatorScores))
                .toList();
        BigDecimal budget = review.result == null ? null : review.result.budget().expenditureTotal();
        return new ScoringInput(budget, executed, indicators);
    }

    private static ScoringInput.Indicator indicator(RevisionIndicator indicator,
            List<IndicatorServiceClient.MeasureValue> values, Map<String, BigDecimal> evaluatorScores) {
        List<ScoringInput.Measure> measures = values.stream()
                .sorted(Comparator.comparingInt(IndicatorServiceClient.MeasureValue::measureIndex))
                .map(value -> new ScoringInput.Measure(value.measureIndex(), value.measure().text(),
                        value.measure().quantitative(), value.measure().comparator(), value.measure().value(),
                        value.measure().upperValue(), value.measure().unit(), value.actualValue(), value.actualBand(),
                        evaluatorScores.get(indicator.position() + "/" + value.measureIndex())))
                .toList();
        return new ScoringInput.Indicator(indicator.position(), indicator.name(), indicator.level1Category(),
                indicator.level2Category(), indicator.weight(), measures);
    }
}
