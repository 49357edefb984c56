package gov.perftarget.review.domain;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A 三级 indicator of a submitted revision, as indicator-service froze it (weight: 权重 in points, if given). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevisionIndicator(
        int position,
        String level1Category,
        String level1CategoryName,
        String level2Category,
        String level2CategoryName,
        String name,
        String periodTarget,
        String annualTarget,
        BigDecimal weight,
        List<MeasureView> periodMeasures,
        List<MeasureView> annualMeasures) {

    public List<MeasureView> periodMeasuresOrEmpty() {
        return periodMeasures == null ? List.of() : periodMeasures;
    }

    public List<MeasureView> annualMeasuresOrEmpty() {
        return annualMeasures == null ? List.of() : annualMeasures;
    }
}
