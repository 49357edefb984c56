package gov.perftarget.budget.rest;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.ApiException;
import gov.perftarget.api.FiscalYear;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.Versions;
import gov.perftarget.budget.form.FormPdf;
import gov.perftarget.budget.form.FormText;
import gov.perftarget.budget.form.FormWorkbook;
import gov.perftarget.budget.representation.DeclarationResponse;
import gov.perftarget.budget.representation.FormImportResponse;
import gov.perftarget.budget.service.FormService;
import gov.perftarget.security.Roles;

/** The official form as files beyond one declaration: a filled form imported, the blank form, the year's approved forms. */
@Path("/api/v1")
@Tag(name = "Forms", description = "申报表 the official form: workbook and PDF export, workbook import, template")
public class FormImportResource {

    /** The largest file an import reads: a 500-indicator form is well under 1 MB as a workbook, a PDF or text. */
    static final int MAX_FILE_MB = 5;

    private final FormService forms;

    public FormImportResource(FormService forms) {
        this.forms = forms;
    }

    @GET
    @Path("/forms/template.xlsx")
    @Produces(FormWorkbook.MEDIA_TYPE)
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getFormTemplate", summary = "The blank form to fill in (申报表模板)")
    @APIResponse(responseCode = "200", description = "the blank workbook",
            content = @Content(mediaType = FormWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormWorkbook.EXAMPLE))
    public Response template() {
        return FormResource.attachment(FormWorkbook.template(), "申报表模板.xlsx", FormWorkbook.MEDIA_TYPE);
    }

    @POST
    @Path("/declaration-imports")
    @Consumes({ FormWorkbook.MEDIA_TYPE, FormPdf.MEDIA_TYPE, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "importDeclarationForm",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "declaration-exists declaration-identity-fixed declaration-not-editable form-invalid form-too-large form-unreadable indicator-service-unavailable stale-version unknown-department"),
            summary = "Import a filled form as the department's draft (导入申报表)",
            description = "Creates the department's declaration for the fiscal year, or replaces the content and indicators"
                    + " of its DRAFT or RETURNED one. Labels are found by their text. Nothing is written unless the whole"
                    + " workbook is right: each problem names its cell (errors[].field, e.g. 绩效指标!F12). A PDF printed by this"
                    + " service is read by the workbook it carries; any other PDF, and the form's text as a PDF's text"
                    + " extraction gives it (text/plain, UTF-8 or GB18030), are read by their labels and the way their"
                    + " cells' text wraps: each problem names its line (errors[].field, e.g. 第12行). The file is told by"
                    + " its content, not by Content-Type.")
    @RequestBody(content = {
            @Content(mediaType = FormWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormWorkbook.EXAMPLE),
            @Content(mediaType = FormPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormPdf.EXAMPLE),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    example = FormText.EXAMPLE) })
    @APIResponse(responseCode = "201", description = "a declaration was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormImportResponse.class)))
    @APIResponse(responseCode = "200", description = "the existing draft was replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormImportResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public Response importForm(
            @Parameter(description = "部门 id of the department") @QueryParam("departmentId")
            @NotNull(message = "{validation.departmentid-is-required}") UUID departmentId,
            @Parameter(description = "预算年度 fiscal year; read from the form's title when not given")
            @QueryParam("fiscalYear") @FiscalYear Integer fiscalYear,
            InputStream body) throws IOException {
        byte[] file = limited(body);
        FormService.Imported imported = forms.importForm(departmentId, fiscalYear, file);
        FormImportResponse response = new FormImportResponse(DeclarationResponse.of(imported.declaration()),
                imported.indicatorCount());
        Response.ResponseBuilder answer = imported.created()
                ? Response.created(URI.create("/api/v1/declarations/" + imported.declaration().id))
                : Response.ok();
        return answer.entity(response).tag(Versions.tag(imported.declaration().version)).build();
    }

    @GET
    @Path("/approved-forms.xlsx")
    @Produces(FormWorkbook.MEDIA_TYPE)
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "exportApprovedForms",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable"),
            summary = "The year's approved forms as one workbook (绩效目标批复情况)",
            description = "One row per department with an approved declaration for the fiscal year: the approved revision,"
                    + " its totals in 万元, the review's grade and its indicator count, for publication with the budget"
                    + " (预算公开). A declarant sees its own department's row only.")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = FormWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormWorkbook.EXAMPLE))
    @ProblemResponses.BadRequest
    public Response approvedForms(@Parameter(description = "预算年度 fiscal year") @QueryParam("fiscalYear")
            @NotNull(message = "{validation.fiscalyear-is-required}") @FiscalYear Integer fiscalYear) {
        return FormResource.attachment(FormWorkbook.writeApprovedList(fiscalYear, forms.approvedForms(fiscalYear)),
                fiscalYear + "年度绩效目标批复情况.xlsx", FormWorkbook.MEDIA_TYPE);
    }

    private static byte[] limited(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] read = body.readNBytes(MAX_FILE_MB * 1024 * 1024 + 1);
        if (read.length > MAX_FILE_MB * 1024 * 1024) {
            var text = MESSAGES.text("form.too-large", MAX_FILE_MB);
            throw new ApiException(ProblemType.FORM_TOO_LARGE, text, List.of(new InvalidField("file", text)));
        }
        return read;
    }
}
