package gov.perftarget.indicator.service;

import static gov.perftarget.indicator.Messages.MESSAGES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.indicator.domain.MeasureValue;
import gov.perftarget.indicator.grammar.Measure;
import gov.perftarget.indicator.grammar.Nature;
import gov.perftarget.indicator.representation.MeasureValueRequest;
import gov.perftarget.indicator.representation.MeasureValueResponse;

/**
 * Progress values (绩效运行监控) and actual values (绩效自评) of the annual measures of an approved
 * revision: the approved annual targets are what later stages measure against.
 */
@ApplicationScoped
public class MeasureValueService {

    private final AuditTrail audit;
    private final DeclarationAccessService access;

    public MeasureValueService(AuditTrail audit, DeclarationAccessService access) {
        this.audit = audit;
        this.access = access;
    }

    /** Which value is recorded. */
    public enum Stage {
        /** 进度值, mid-year. */
        PROGRESS,
        /** 完成值, year end. */
        ACTUAL
    }

    @Transactional
    public MeasureValueResponse record(UUID declarationId, int revision, int position, int index, Stage stage,
            MeasureValueRequest request) {
        access.requireWritable(declarationId);
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state == null || state.approvedRevision == null || state.approvedRevision != revision) {
            throw ApiException.conflict(ProblemType.REVISION_NOT_APPROVED,
                    MESSAGES.text("problem.revision-not-approved"));
        }
        Indicator indicator = Indicator.find("declarationId = ?1 and revision = ?2 and position = ?3", declarationId,
                revision, position).<Indicator>firstResultOptional()
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.indicator"), position));
        List<Measure> measures = indicator.measuresOfAnnualTarget();
        if (index < 0 || index >= measures.size()) {
            throw ApiException.notFound(MESSAGES.text("resource.annual-measure"), position + "/" + index);
        }
        Measure measure = measures.get(index);
        checkFitsMeasure(measure, request);

        MeasureValue value = MeasureValue.of(declarationId, revision, position, index).orElse(null);
        boolean created = value == null;
        MeasureValueResponse before = created ? null : MeasureValueResponse.of(position, indicator.name, index, measure, value);
        if (created) {
            value = new MeasureValue();
            value.id = UUID.randomUUID();
            value.declarationId = declarationId;
            value.revision = revision;
            value.indicatorPosition = position;
            value.measureIndex = index;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String evidence = request.evidence() == null || request.evidence().isBlank() ? null : request.evidence().strip();
        if (stage == Stage.PROGRESS) {
            value.progressValue = request.value();
            value.progressBand = request.band();
            value.progressEvidence = evidence;
            value.progressRecordedAt = now;
        } else {
            value.actualValue = request.value();
            value.actualBand = request.band();
            value.actualEvidence = evidence;
            value.actualRecordedAt = now;
        }
        if (created) {
            value.persist();
        }
        MeasureValueResponse after = MeasureValueResponse.of(position, indicator.name, index, measure, value);
        audit.recordCall(stage == Stage.PROGRESS ? "measure-value.progress" : "measure-value.actual", "measure-value",
                declarationId + "/revisions/" + revision + "/indicators/" + position + "/measures/" + index, before, after);
        return after;
    }

    /** Every annual measure of the revision with what was recorded for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureValueResponse> list(UUID declarationId, int revision) {
        access.requireReadable(declarationId);
        List<Indicator> indicators = Indicator.of(declarationId, revision);
        if (revision < 1 || indicators.isEmpty()) {
            throw ApiException.notFound(
                    MESSAGES.text("resource.indicator-revision"), declarationId + "/revisions/" + revision);
        }
        Map<String, MeasureValue> recorded = MeasureValue.of(declarationId, revision).stream()
                .collect(Collectors.toMap(v -> v.indicatorPosition + "/" + v.measureIndex, Function.identity()));
        List<MeasureValueResponse> values = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Measure> measures = indicator.measuresOfAnnualTarget();
            for (int i = 0; i < measures.size(); i++) {
                values.add(MeasureValueResponse.of(indicator.position, indicator.name, i, measures.get(i),
                        recorded.get(indicator.position + "/" + i)));
            }
        }
        return values;
    }

    /** A number for a quantitative measure, a band for a qualitative one: never both, never neither. */
    private static void checkFitsMeasure(Measure measure, MeasureValueRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        if (measure.nature() == Nature.QUANTITATIVE) {
            if (request.value() == null) {
                errors.add(new InvalidField("value", MESSAGES.text("measure-value.value-missing")));
            }
            if (request.band() != null) {
                errors.add(new InvalidField("band", MESSAGES.text("measure-value.band-for-quantitative")));
            }
        } else {
            if (request.band() == null) {
                errors.add(new InvalidField("band", MESSAGES.text("measure-value.band-missing")));
            }
            if (request.value() != null) {
                errors.add(new InvalidField("value", MESSAGES.text("measure-value.value-for-qualitative")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.VALUE_DOES_NOT_FIT_MEASURE,
                    MESSAGES.text("problem.value-does-not-fit-measure"), errors);
        }
    }
}
