package gov.perftarget.review.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the automatic pre-review ({@code perftarget.pre-review.*}). */
@ConfigMapping(prefix = "perftarget.pre-review")
public interface PreReviewConfig {

    /** How often pending reviews are swept for (an opened review starts a run at once; read by the {@code @Scheduled} sweep). */
    @WithDefault("1s")
    Duration interval();

    /** How many pending reviews one run handles at most. */
    @WithDefault("50")
    int batchSize();

    /** How long indicator-service's catalogue of categories is used before it is read again (it changes only with a release). */
    @WithDefault("5m")
    Duration catalogueMaxAge();
}
