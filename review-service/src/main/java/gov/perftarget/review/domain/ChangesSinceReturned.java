package gov.perftarget.review.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.api.ContentChanges;
import gov.perftarget.rules.Finding;

/**
 * A revision submitted after a returned one (退回修改后重新申报): every field that changed since the
 * returned revision (declaration fields and indicators, named by their API path), and the returned
 * revision's findings sorted into resolved and still open, with the findings that are new. A finding
 * is the same when its code and field are.
 *
 * @param returnedRevision the revision the reviewer returned
 * @param changes          what changed, field by field
 * @param resolvedFindings findings of the returned revision that no longer occur
 * @param openFindings     findings of the returned revision that still occur
 * @param newFindings      findings that the returned revision did not have
 */
public record ChangesSinceReturned(int returnedRevision, List<ContentChanges.Change> changes,
        List<Finding> resolvedFindings, List<Finding> openFindings, List<Finding> newFindings) {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public static ChangesSinceReturned of(int returnedRevision, SubmittedRevision returned,
            List<RevisionIndicator> returnedIndicators, List<Finding> returnedFindings, SubmittedRevision current,
            List<RevisionIndicator> currentIndicators, List<Finding> currentFindings) {
        List<ContentChanges.Change> changes = ContentChanges.between(content(returned, returnedIndicators),
                content(current, currentIndicators));
        Set<String> before = returnedFindings.stream().map(ChangesSinceReturned::identity).collect(Collectors.toSet());
        Set<String> now = currentFindings.stream().map(ChangesSinceReturned::identity).collect(Collectors.toSet());
        return new ChangesSinceReturned(returnedRevision, changes,
                returnedFindings.stream().filter(f -> !now.contains(identity(f))).toList(),
                returnedFindings.stream().filter(f -> now.contains(identity(f))).toList(),
                currentFindings.stream().filter(f -> !before.contains(identity(f))).toList());
    }

    /** The content as the findings name it: the declaration's fields and {@code indicators[i]} as written (not the parsed measures). */
    private static ObjectNode content(SubmittedRevision revision, List<RevisionIndicator> indicators) {
        ObjectNode content = JSON.valueToTree(revision);
        content.remove(List.of("departmentId"));
        content.set("indicators", JSON.valueToTree(indicators.stream().map(indicator -> new IndicatorAsWritten(
                indicator.level1Category(), indicator.level2Category(), indicator.name(), indicator.periodTarget(),
                indicator.annualTarget())).toList()));
        return content;
    }

    private record IndicatorAsWritten(String level1Category, String level2Category, String name, String periodTarget,
            String annualTarget) {
    }

    private static String identity(Finding finding) {
        return finding.code() + "@" + finding.field();
    }
}
