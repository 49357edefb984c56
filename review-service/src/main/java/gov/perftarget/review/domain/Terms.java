package gov.perftarget.review.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The meaningful terms (词) of a Chinese text, as the relevance rule compares them: the words Lucene's smartcn
 * segmenter finds (a hidden Markov model over a bigram dictionary, shipped in its jar), of two characters or more.
 * Runs of single characters the dictionary does not know are joined (种/业 → 种业, 危/桥 → 危桥); numbers and
 * the generic words of any task or target (计划, 开展, 推进, 提升 …) carry no subject and are left out.
 */
public final class Terms {

    /** Words that say how or how much, not what: they would make every task look covered. */
    private static final Set<String> GENERIC = Set.of("计划", "项目", "工程", "专项", "行动", "工作", "任务", "开展", "推进",
            "推动", "加强", "实施", "完成", "提升", "提高", "支持", "促进", "落实", "组织", "进一步", "全面", "持续", "积极", "有效",
            "以上", "以下", "新增", "年度", "全年", "累计", "通过", "围绕", "重点", "相关", "一批", "方面", "不少", "不低于",
            "达到", "我市", "全市", "建设", "发展", "情况", "水平", "能力", "工作量");

    /** Thread-safe: each call takes its own token stream. Loading the dictionary takes some 50 ms, once. */
    private static final SmartChineseAnalyzer ANALYZER = new SmartChineseAnalyzer();

    private Terms() {
    }

    /** The terms of {@code text}, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            StringBuilder singles = new StringBuilder();
            int singlesEnd = -1;
            while (tokens.incrementToken()) {
                String word = term.toString();
                boolean single = word.codePointCount(0, word.length()) == 1 && isHan(word.codePointAt(0));
                if (single && (singles.isEmpty() || offset.startOffset() == singlesEnd)) {
                    singles.append(word);
                    singlesEnd = offset.endOffset();
                    continue;
                }
                addJoined(singles, terms);
                if (single) {
                    singles.append(word);
                    singlesEnd = offset.endOffset();
                } else {
                    add(word, terms);
                }
            }
            addJoined(singles, terms);
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return terms;
    }

    private static void addJoined(StringBuilder singles, Set<String> terms) {
        if (singles.length() > 1) {
            add(singles.toString(), terms);
        }
        singles.setLength(0);
    }

    private static void add(String word, Set<String> terms) {
        if (word.codePointCount(0, word.length()) >= 2 && !GENERIC.contains(word)
                && word.codePoints().anyMatch(c -> isHan(c) || Character.isLetter(c))) {
            terms.add(word);
        }
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
