package gov.perftarget.review.domain.monitoring;

import java.util.Collection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 红黄绿灯: the light of a monitored figure (docs/domain.md §8), from best to worst. */
@Schema(description = "红黄绿灯 (light)")
public enum Light {
    GREEN, YELLOW, RED;

    /** The worse of the two. */
    public Light atLeast(Light other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The worst of the lights; green when there are none. */
    public static Light worst(Collection<Light> lights) {
        return lights.stream().reduce(GREEN, Light::atLeast);
    }

    /** Yellow and red need a deviation reason and a corrective measure (偏差原因, 纠偏措施). */
    public boolean needsExplanation() {
        return this != GREEN;
    }
}
