package gov.perftarget.budget.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** An amount in 万元 as a form writes it in text: {@code 16,467.85}, {@code １６，４６７．８５万元}, {@code 0.00}. */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /** The amount the text writes, exactly; null if it writes none. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c);
        }
        String plain = ascii.toString().replaceAll("[,，\\s\\u3000\\u00a0]", "").replaceFirst("万元$", "");
        return AMOUNT.matcher(plain).matches() && plain.length() <= 40 ? new BigDecimal(plain) : null;
    }
}
