package gov.perftarget.budget.form;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long the official form's files take in process, for the benchmark's results page (not a test): writing
 * and reading the seed's workbook, printing its PDF, and the same for a form of 500 indicators, with what a
 * 500-indicator import allocates. Run with {@code platform/tools/benchmark/forms.sh}.
 */
public final class FormFilesBenchmark {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private FormFilesBenchmark() {
    }

    public static void main(String[] args) {
        Form seed = FormWorkbookTest.seed();
        Form large = large(seed);
        byte[] seedWorkbook = FormWorkbook.write(seed);
        byte[] largeWorkbook = FormWorkbook.write(large);
        System.out.printf("%-36s %8s %8s %8s %6s%n", "operation", "p50 ms", "p99 ms", "max ms", "runs");
        report("export seed .xlsx", 200, () -> FormWorkbook.write(seed));
        report("import seed .xlsx (read)", 200, () -> FormWorkbookReader.read(seedWorkbook));
        report("export seed .pdf", 100, () -> FormPdf.write(seed, FONTS));
        report("export 500 indicators .xlsx", 50, () -> FormWorkbook.write(large));
        report("import 500 indicators .xlsx (read)", 50, () -> FormWorkbookReader.read(largeWorkbook));
        report("export 500 indicators .pdf", 20, () -> FormPdf.write(large, FONTS));
        FormTextRendering.Layout layout = FormTextRendering.LAYOUTS.get(0);
        String seedText = FormTextRendering.render(seed, layout, FormTextTest.CATALOGUE);
        String largeText = FormTextRendering.render(large, layout, FormTextTest.CATALOGUE);
        byte[] largeTextPdf = TextPdf.write(largeText);
        report("import seed text (read)", 100, () -> FormText.read(seedText, FormTextTest.CATALOGUE));
        report("import 500 indicators text (read)", 20, () -> FormText.read(largeText, FormTextTest.CATALOGUE));
        report("import 500 indicators PDF by its text (read)", 10,
                () -> FormFiles.read(largeTextPdf, () -> FormTextTest.CATALOGUE));
        System.out.printf("workbook sizes: seed %d KB, 500 indicators %d KB%n", seedWorkbook.length / 1024,
                largeWorkbook.length / 1024);
        System.out.printf("allocated by one 500-indicator import (read), an upper bound of its extra heap: %d MB%n",
                allocatedBy(() -> FormWorkbookReader.read(largeWorkbook)));
        System.out.printf("allocated by one 500-indicator text import (read): %d MB%n",
                allocatedBy(() -> FormText.read(largeText, FormTextTest.CATALOGUE)));
    }

    /** The seed form with 500 indicators, each with its own targets. */
    static Form large(Form seed) {
        List<Form.Indicator> indicators = new ArrayList<>();
        String[][] categories = { { "产出指标", "数量指标" }, { "产出指标", "质量指标" }, { "效益指标", "社会效益指标" },
            { "满意度指标", "服务对象满意度指标" } };
        for (int i = 0; i < 500; i++) {
            String[] category = categories[i * categories.length / 500];
            indicators.add(new Form.Indicator(category[0], category[1], "第" + (i + 1) + "项指标：推进重点任务落实，提升服务质量",
                    "1.完成项目≥" + (i + 10) + "项；2.满意度≥90%", "1.完成项目≥" + (i + 2) + "项；2.满意度≥90%"));
        }
        return new Form(seed.content(), 0, indicators);
    }

    private static void report(String what, int runs, Supplier<?> operation) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            operation.get(); // warm up
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-36s %8d %8d %8d %6d%n", what, millis[runs / 2], millis[(int) Math.ceil(runs * 0.99) - 1],
                millis[runs - 1], runs);
    }

    /** Megabytes this thread allocates while running the operation: every object it made, kept or not. */
    private static long allocatedBy(Supplier<?> operation) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        operation.get();
        return (threads.getThreadAllocatedBytes(thread) - before) / (1024 * 1024);
    }
}
