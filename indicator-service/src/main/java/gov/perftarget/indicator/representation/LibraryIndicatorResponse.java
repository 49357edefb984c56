package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.LibraryIndicatorResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.indicator.domain.LibraryIndicator;
import gov.perftarget.indicator.domain.LibraryScope;
import gov.perftarget.indicator.grammar.TargetComparator;
import gov.perftarget.indicator.grammar.Nature;

/** A library indicator as the API shows it. */
@Schema(description = "指标库指标 library indicator")
public record LibraryIndicatorResponse(UUID id, String name, String level1Category, String level2Category,
        LibraryScope scope, String fieldOfWork, Nature nature, String unit, TargetComparator comparator,
        String explanation, String dataSource, String scoringRule, boolean enabled, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static LibraryIndicatorResponse of(LibraryIndicator indicator) {
        return new LibraryIndicatorResponse(indicator.id, indicator.name, indicator.level1Category,
                indicator.level2Category, indicator.scope, indicator.fieldOfWork, indicator.nature, indicator.unit,
                indicator.comparator, indicator.explanation, indicator.dataSource, indicator.scoringRule,
                indicator.enabled, indicator.createdAt, indicator.updatedAt);
    }
}
