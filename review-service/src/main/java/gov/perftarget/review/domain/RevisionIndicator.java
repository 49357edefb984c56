package gov.perftarget.review.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A 三级 indicator of a submitted revision, as indicator-service froze it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevisionIndicator(
        int position,
        String level1Category,
        String level1CategoryName,
        String level2Category,
        String level2CategoryName,
        String name,
        String periodTarget,
        String annualTarget) {
}
