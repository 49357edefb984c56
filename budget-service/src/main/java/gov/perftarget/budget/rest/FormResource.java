package gov.perftarget.budget.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.Attachments;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.budget.form.Form;
import gov.perftarget.budget.form.FormConfig;
import gov.perftarget.budget.form.FormPdf;
import gov.perftarget.budget.form.FormWorkbook;
import gov.perftarget.budget.service.FormService;
import gov.perftarget.security.Roles;

/** A declaration as the official form (部门整体预算绩效目标申报表): a workbook or a PDF ({@link FormImportResource}: in). */
@Path("/api/v1/declarations")
@Tag(name = "Forms", description = "申报表 the official form: workbook and PDF export, workbook import, template")
public class FormResource {

    private final FormService forms;
    private final FormConfig config;

    public FormResource(FormService forms, FormConfig config) {
        this.forms = forms;
        this.config = config;
    }

    @GET
    @Path("/{id}/form.xlsx")
    @Produces(FormWorkbook.MEDIA_TYPE)
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "exportDeclarationForm",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable"),
            summary = "Export a declaration as it stands as the official form (导出申报表)",
            description = "The workbook in the form's layout: sheet 申报表 (header, 预算整体情况 in 万元, 总体绩效目标,"
                    + " 年度重点工作任务) and sheet 绩效指标 (the working indicators), A4, ready to print.")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = FormWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormWorkbook.EXAMPLE))
    @ProblemResponses.NotFound
    public Response exportDraft(@PathParam("id") UUID id) {
        return workbook(forms.draft(id));
    }

    @GET
    @Path("/{id}/revisions/{number}/form.xlsx")
    @Produces(FormWorkbook.MEDIA_TYPE)
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "exportRevisionForm",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable"),
            summary = "Export a submitted revision as frozen as the official form (导出申报表修订版本)")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = FormWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormWorkbook.EXAMPLE))
    @ProblemResponses.NotFound
    public Response exportRevision(@PathParam("id") UUID id, @PathParam("number") int number) {
        return workbook(forms.revision(id, number));
    }

    @GET
    @Path("/{id}/form.pdf")
    @Produces(FormPdf.MEDIA_TYPE)
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "printDeclarationForm",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable"),
            summary = "Print a declaration as it stands as a PDF (打印申报表)",
            description = "A4, the form's sections as tables, rows kept whole, table headers repeated and pages numbered;"
                    + " the Chinese text is embedded and can be copied out.")
    @APIResponse(responseCode = "200", description = "the PDF",
            content = @Content(mediaType = FormPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormPdf.EXAMPLE))
    @ProblemResponses.NotFound
    public Response printDraft(@PathParam("id") UUID id) {
        return pdf(forms.draft(id));
    }

    @GET
    @Path("/{id}/revisions/{number}/form.pdf")
    @Produces(FormPdf.MEDIA_TYPE)
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "printRevisionForm",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable"),
            summary = "Print a submitted revision as frozen as a PDF (打印申报表修订版本)")
    @APIResponse(responseCode = "200", description = "the PDF",
            content = @Content(mediaType = FormPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = FormPdf.EXAMPLE))
    @ProblemResponses.NotFound
    public Response printRevision(@PathParam("id") UUID id, @PathParam("number") int number) {
        return pdf(forms.revision(id, number));
    }

    private static Response workbook(Form form) {
        return attachment(FormWorkbook.write(form), fileName(form, "xlsx"), FormWorkbook.MEDIA_TYPE);
    }

    private Response pdf(Form form) {
        return attachment(FormPdf.write(form, config.fonts()), fileName(form, "pdf"), FormPdf.MEDIA_TYPE);
    }

    /** 广州市科学技术局_2023_第2次提交.xlsx */
    private static String fileName(Form form, String extension) {
        return form.content().departmentName() + "_" + form.content().fiscalYear() + "_"
                + (form.revision() > 0 ? "第" + form.revision() + "次提交" : "草稿") + "." + extension;
    }

    /** A download, named in ASCII for old clients and in UTF-8 (RFC 6266) for the others. */
    static Response attachment(byte[] file, String name, String mediaType) {
        return Attachments.of(file, name, mediaType, "form");
    }
}
