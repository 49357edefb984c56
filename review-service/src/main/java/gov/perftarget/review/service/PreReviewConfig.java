package gov.perftarget.review.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the automatic pre-review ({@code perftarget.pre-review.*}). */
@ConfigMapping(prefix = "perftarget.pre-review")
public interface PreReviewConfig {

    /** How often pending reviews are tried (read by the {@code @Scheduled} processor). */
    @WithDefault("1s")
    Duration interval();

    /** How many pending reviews one run handles at most. */
    @WithDefault("50")
    int batchSize();
}
