package gov.perftarget.review.domain.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 预计能否完成: the department's forecast of a measure's year-end outcome, and the light it asks for at least. */
@Schema(description = "预计能否完成 (forecast of the year-end outcome)")
public enum Forecast {
    ACHIEVABLE(Light.GREEN), AT_RISK(Light.YELLOW), NOT_ACHIEVABLE(Light.RED);

    private final Light light;

    Forecast(Light light) {
        this.light = light;
    }

    /** The light this forecast gives a measure at least (and the whole light of one without a progress value). */
    public Light light() {
        return light;
    }
}
