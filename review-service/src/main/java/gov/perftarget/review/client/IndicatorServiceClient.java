package gov.perftarget.review.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import gov.perftarget.review.domain.CatalogueCategory;
import gov.perftarget.review.domain.MeasureView;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.scoring.AchievementBand;

/** indicator-service's API, the part the pre-review reads, called with review-service's own token. */
@RegisterRestClient(configKey = "indicator-service")
@ClientHeaderParam(name = "Authorization", value = "{gov.perftarget.review.client.ServiceToken.authorization}")
@Path("/api/v1")
public interface IndicatorServiceClient {

    /** The indicators frozen with a revision; 404 until indicator-service has frozen them. */
    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/indicators")
    IndicatorSet frozenIndicators(@PathParam("declarationId") UUID declarationId, @PathParam("revision") int revision);

    /** The most revisions one lookup may ask for (indicator-service answers 400 beyond). */
    int MAX_LOOKUP = 100;

    /**
     * The indicators frozen with each of a batch of revisions, in one call (the pre-review's); a revision
     * not frozen yet is left out of the answer.
     */
    @POST
    @Path("/revision-indicators/lookup")
    IndicatorSets frozenIndicators(RevisionLookup lookup);

    @GET
    @Path("/categories")
    List<CatalogueCategory> categories();

    /** The annual measures of an approved revision with their recorded actual values (完成值). */
    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/measure-values")
    List<MeasureValue> measureValues(@PathParam("declarationId") UUID declarationId, @PathParam("revision") int revision);

    /**
     * One annual measure with its progress value at mid-year (进度值, monitoring) and its actual value (quantitative)
     * or achievement band (qualitative).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasureValue(int indicatorPosition, String indicatorName, int measureIndex, MeasureView measure,
            BigDecimal progressValue, BigDecimal actualValue, AchievementBand actualBand) {
    }

    /** A submitted revision of a declaration (修订版本). */
    record Revision(UUID declarationId, int revision) {
    }

    record RevisionLookup(List<Revision> revisions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorSets(List<IndicatorSet> indicatorSets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorSet(UUID declarationId, int revision, List<RevisionIndicator> indicators) {
    }
}
