package gov.perftarget.budget.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of the official form did: the declaration as it now stands and how many indicators it holds. */
@Schema(description = "导入结果 (import result)")
public record FormImportResponse(DeclarationResponse declaration, int indicatorCount) {
}
