package gov.perftarget.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** The results: printed as a table, written to results/latest.json and summarised in RESULTS.md. */
final class Report {

    private Report() {
    }

    static Map<String, Object> percentiles(Histogram histogram) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", histogram.getTotalCount());
        for (double p : new double[] {50, 95, 99}) {
            result.put("p" + (int) p + "Ms", histogram.getValueAtPercentile(p) / 1000.0);
        }
        result.put("maxMs", histogram.getMaxValue() / 1000.0);
        return result;
    }

    static Map<String, Object> calls(OpenModel.Latencies latencies) {
        Map<String, Object> calls = new LinkedHashMap<>();
        latencies.histograms().forEach((call, histogram) -> {
            Map<String, Object> result = percentiles(histogram);
            result.put("errors", latencies.errors(call));
            calls.put(call, result);
        });
        return calls;
    }

    @SuppressWarnings("unchecked")
    static void write(Path root, Map<String, Object> results) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("date", Benchmark.now());
        header.put("commit", System.getenv().getOrDefault("BENCH_COMMIT", "unknown"));
        header.put("machine", System.getenv().getOrDefault("BENCH_MACHINE", "unknown"));
        Map<String, Object> all = new LinkedHashMap<>(header);
        all.putAll(results);
        Path dir = root.resolve("platform/tools/benchmark/results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.json"),
                Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n");

        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\nWritten by `deploy/local/benchmark.sh` (see [README](README.md)); the raw numbers are in\n")
                .append("[results/latest.json](results/latest.json).\n\n")
                .append("| | |\n| --- | --- |\n")
                .append("| date | ").append(header.get("date")).append(" |\n")
                .append("| commit | ").append(header.get("commit")).append(" |\n")
                .append("| machine | ").append(header.get("machine")).append(" |\n\n");
        Map<String, Object> deadline = (Map<String, Object>) results.get("deadlineDay");
        md.append("## Deadline day\n\n").append(deadline.get("declarations")).append(" declarations at ")
                .append(deadline.get("submitRatePerSecond")).append(" submissions/s (open model): load ")
                .append(deadline.get("loadSeconds")).append(" s; ").append(deadline.get("reviewed")).append(" of ")
                .append(deadline.get("declarations")).append(" reviewed after ").append(deadline.get("allReviewedSeconds"))
                .append(" s (goal: all 5,000 in ≤ 120 s). Submissions of earlier runs still waiting when the run began: ")
                .append(results.get("backlogAtStart")).append(".\n\n");
        callTable(md, (Map<String, Object>) deadline.get("calls"));
        Map<String, Object> toReview = (Map<String, Object>) deadline.get("submitToReview");
        md.append("\nSubmit → review result available: p50 ").append(toReview.get("p50Ms")).append(" ms, p99 ")
                .append(toReview.get("p99Ms")).append(" ms, max ").append(toReview.get("maxMs")).append(" ms (goal p99 ≤ 2 s).\n\n");
        usageTable(md, (Map<String, ProcessSampler.Usage>) deadline.get("usage"));
        machineLine(md, (ProcessSampler.MachineUsage) deadline.get("machine"), deadline.get("postgresCheckpoints"));
        Map<String, Object> warmup = (Map<String, Object>) deadline.get("warmup");
        if (warmup != null) {
            Map<String, Object> warmupToReview = (Map<String, Object>) warmup.get("submitToReview");
            md.append("\nBefore these, a warm-up of ").append(warmup.get("declarations")).append(" declarations at the same rate, ")
                    .append("not measured against the goals (the services meet deadline day's write path at its rate; see the README): ")
                    .append("submit p99 ").append(((Map<String, Object>) ((Map<String, Object>) warmup.get("calls"))
                            .getOrDefault("submit", Map.of())).get("p99Ms"))
                    .append(" ms, submit → review result p50 ").append(warmupToReview.get("p50Ms")).append(" ms, p99 ")
                    .append(warmupToReview.get("p99Ms")).append(" ms; ").append(warmup.get("reviewed")).append(" of ")
                    .append(warmup.get("declarations")).append(" reviewed after ").append(warmup.get("allReviewedSeconds"))
                    .append(" s.\n");
        }
        Map<String, Object> reading = (Map<String, Object>) results.get("reading");
        md.append("\n## Reading\n\n").append(reading.get("ratePerSecond")).append(" requests/s for ")
                .append(reading.get("seconds")).append(" s, after ").append(reading.get("warmupSeconds"))
                .append(" s at the same rate that are not measured (goal: GET a declaration p99 ≤ 10 ms at 500/s).\n\n");
        callTable(md, (Map<String, Object>) reading.get("calls"));
        md.append('\n');
        usageTable(md, (Map<String, ProcessSampler.Usage>) reading.get("usage"));
        machineLine(md, (ProcessSampler.MachineUsage) reading.get("machine"), reading.get("postgresCheckpoints"));
        Map<String, Object> capacity = (Map<String, Object>) results.get("capacity");
        md.append("\n## Capacity\n\nSubmission rate raised step by step until submit p99 > 1 s or an error: highest rate held **")
                .append(capacity.get("highestRateHeld")).append(" submissions/s**")
                .append(Boolean.FALSE.equals(capacity.get("limitPassed")) ? " (the ceiling held: the limit lies higher)" : "")
                .append(".\n\n| rate/s | submit p99 ms | errors | held |\n| --- | --- | --- | --- |\n");
        for (Map<String, Object> step : (List<Map<String, Object>>) capacity.get("steps")) {
            md.append("| ").append(step.get("ratePerSecond")).append(" | ").append(step.get("submitP99Ms")).append(" | ")
                    .append(step.get("errors")).append(" | ").append(step.get("held")).append(" |\n");
        }
        Map<String, Object> large = (Map<String, Object>) results.get("largeForms");
        if (large != null) {
            md.append("\n## Large forms\n\n").append(large.get("declarations")).append(" declarations of ")
                    .append(large.get("keyTasks")).append(" key tasks and ").append(large.get("indicators"))
                    .append(" indicators, one after another, then ").append(large.get("fileRounds"))
                    .append(" rounds of the first one's official form through HTTP (goals: create, put indicators and submit")
                    .append(" p99 ≤ 200 ms each; pre-review served ≤ 1 s after the submit).\n\n")
                    .append("| call | count | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- |\n");
            ((Map<String, Map<String, Object>>) large.get("calls")).forEach((call, figures) -> md.append("| ").append(call)
                    .append(" | ").append(figures.get("count")).append(" | ").append(figures.get("p50Ms")).append(" | ")
                    .append(figures.get("p95Ms")).append(" | ").append(figures.get("p99Ms")).append(" | ")
                    .append(figures.get("maxMs")).append(" |\n"));
        }
        Map<String, Object> limits = (Map<String, Object>) results.get("machineLimits");
        md.append("\n## Against this machine's own limits\n\n| measure | value |\n| --- | --- |\n")
                .append("| pgbench, a submission's inserts in one transaction set (tps) | ").append(limits.get("pgbenchSubmissionsPerSecond")).append(" |\n")
                .append("| Kafka producer, events of ").append(limits.get("eventBytes")).append(" bytes, acks=all (events/s) | ")
                .append(limits.get("kafkaProducerEventsPerSecond")).append(" |\n")
                .append("| platform, declarations reviewed per second on deadline day | ").append(limits.get("platformReviewedPerSecond")).append(" |\n")
                .append("| ratio to pgbench | ").append(limits.get("ratioToPgbench")).append(" |\n")
                .append("| ratio to the Kafka producer | ").append(limits.get("ratioToKafkaProducer")).append(" |\n")
                .append("| highest submission rate held ÷ pgbench | ").append(limits.get("capacityRatioToPgbench")).append(" |\n");
        md.append("\n## JVM startup (Quarkus \"started in\")\n\n| service | seconds |\n| --- | --- |\n");
        ((Map<String, Double>) results.get("startupSeconds")).forEach((service, seconds) ->
                md.append("| ").append(service).append(" | ").append(seconds).append(" |\n"));
        Files.writeString(root.resolve("platform/tools/benchmark/RESULTS.md"), md.toString());
        System.out.println();
        System.out.println(md);
    }

    private static void machineLine(StringBuilder md, ProcessSampler.MachineUsage machine, Object checkpoints) {
        md.append("\nWhole machine (").append(machine.cores()).append(" cores), % of one core: busy ")
                .append(machine.busyPercent()).append(", waiting for the disk ").append(machine.iowaitPercent())
                .append(", stolen by the hypervisor ").append(machine.stealPercent())
                .append(". PostgreSQL checkpoints begun meanwhile: ").append(checkpoints).append(".\n");
    }

    private static void callTable(StringBuilder md, Map<String, Object> calls) {
        md.append("| call | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        calls.forEach((call, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) value;
            md.append("| ").append(call).append(" | ").append(c.get("count")).append(" | ").append(c.get("p50Ms"))
                    .append(" | ").append(c.get("p95Ms")).append(" | ").append(c.get("p99Ms")).append(" | ")
                    .append(c.get("maxMs")).append(" | ").append(c.get("errors")).append(" |\n");
        });
    }

    private static void usageTable(StringBuilder md, Map<String, ProcessSampler.Usage> usage) {
        md.append("| process | CPU avg % of a core | CPU peak % (over ≥ 0.5 s) | RSS peak MB (PostgreSQL: sum of proportional shares) |\n"
                + "| --- | --- | --- | --- |\n");
        usage.forEach((service, u) -> md.append("| ").append(service).append(" | ")
                .append(Math.round(u.averageCpuPercent())).append(" | ").append(Math.round(u.peakCpuPercent()))
                .append(" | ").append(u.peakRssMb()).append(" |\n"));
    }
}
