package uk.gov.york.inclusion.schooldata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads and checks the figure columns of one row, adding a message per bad value to the row's errors. */
final class FigureParser {

    /** Larger than any York school's roll; guards against a value typed with extra digits. */
    static final int MAXIMUM_PUPILS = 5000;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern PERCENTAGE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private FigureParser() {}

    /** Returns the row's figures, or null after adding every problem to {@code errors}. */
    static SchoolFigures parse(Function<String, String> column, List<String> errors) {
        int before = errors.size();
        Integer roll = count(column, "pupils_on_roll", "Pupils on roll", errors);
        Integer ehcps = count(column, "ehcps", "EHCPs", errors);
        Integer senSupport = count(column, "sen_support", "SEN support", errors);
        PrimaryNeed need = need(column.apply("primary_need"), errors);
        BigDecimal attendance = percentage(column, "attendance_rate", "Attendance rate", errors);
        BigDecimal absence = percentage(column, "persistent_absence_rate", "Persistent absence rate", errors);
        if (roll != null && ehcps != null && senSupport != null && ehcps + senSupport > roll) {
            errors.add("EHCPs (" + ehcps + ") and SEN support (" + senSupport + ") add up to more than the " + roll
                    + " pupils on roll.");
        }
        if (errors.size() > before) {
            return null;
        }
        return new SchoolFigures(roll, ehcps, senSupport, need, attendance, absence);
    }

    private static Integer count(Function<String, String> column, String key, String label, List<String> errors) {
        String text = column.apply(key);
        if (text.isEmpty()) {
            errors.add(label + " is missing.");
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text).matches() || Integer.parseInt(text) > MAXIMUM_PUPILS) {
            errors.add(label + " '" + text + "' is not a whole number from 0 to " + MAXIMUM_PUPILS + ".");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static PrimaryNeed need(String code, List<String> errors) {
        if (code.isEmpty()) {
            return null;
        }
        return PrimaryNeed.ofCode(code).orElseGet(() -> {
            errors.add("Primary need '" + code + "' is not a school census code: use one of "
                    + String.join(
                            ", ",
                            List.of(PrimaryNeed.values()).stream()
                                    .map(Enum::name)
                                    .toList())
                    + ", or leave it empty.");
            return null;
        });
    }

    private static BigDecimal percentage(
            Function<String, String> column, String key, String label, List<String> errors) {
        String text = column.apply(key);
        String number =
                text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (text.isEmpty()) {
            errors.add(label + " is missing.");
            return null;
        }
        if (!PERCENTAGE.matcher(number).matches() || new BigDecimal(number).compareTo(HUNDRED) > 0) {
            errors.add(label + " '" + text + "' is not a percentage from 0 to 100 with at most two decimals,"
                    + " such as 94.5.");
            return null;
        }
        return new BigDecimal(number).setScale(2, RoundingMode.UNNECESSARY);
    }
}
