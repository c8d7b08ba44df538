package uk.gov.york.inclusion.schooldata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.gov.york.inclusion.cluster.School;

/**
 * Finds the school a row names, by URN or by name. Names match as the school codes do, ignoring letter case,
 * apostrophes and punctuation, so "St Lawrence's" and "st lawrences" are the same school.
 */
final class SchoolMatcher {

    private static final Pattern URN = Pattern.compile("\\d{6}");

    /** The school a row names; {@code newUrn} is the row's URN when the school has none recorded yet. */
    record Match(School school, String newUrn) {}

    private final Map<String, School> byCode = new HashMap<>();
    private final Map<String, School> byUrn = new HashMap<>();

    SchoolMatcher(List<School> schools) {
        for (School school : schools) {
            byCode.put(school.getCode(), school);
            if (school.getUrn() != null) {
                byUrn.put(school.getUrn(), school);
            }
        }
    }

    /** Returns the school a row names, or adds the reason to {@code errors} and returns null. */
    Match match(String name, String urn, List<String> errors) {
        if (name.isEmpty() && urn.isEmpty()) {
            errors.add("School is missing: give the school's name or its URN.");
            return null;
        }
        if (!urn.isEmpty() && !URN.matcher(urn).matches()) {
            errors.add("URN '" + urn + "' is not valid: a URN is six digits, such as 121690.");
            return null;
        }
        School byItsUrn = urn.isEmpty() ? null : byUrn.get(urn);
        School byItsName = name.isEmpty() ? null : byCode.get(School.codeFor(name));
        if (byItsUrn != null) {
            return matchByUrn(byItsUrn, name, byItsName, errors);
        }
        if (byItsName == null) {
            errors.add(unknown(name, urn));
            return null;
        }
        if (urn.isEmpty()) {
            return new Match(byItsName, null);
        }
        if (byItsName.getUrn() != null) {
            errors.add(byItsName.getName() + " has the URN " + byItsName.getUrn() + ", not " + urn + ".");
            return null;
        }
        return new Match(byItsName, urn);
    }

    private static Match matchByUrn(School school, String name, School byItsName, List<String> errors) {
        if (!name.isEmpty() && (byItsName == null || !byItsName.getId().equals(school.getId()))) {
            errors.add("URN " + school.getUrn() + " is " + school.getName() + ", not '" + name + "'.");
            return null;
        }
        return new Match(school, null);
    }

    private static String unknown(String name, String urn) {
        if (name.isEmpty()) {
            return "URN " + urn + " is not known: give the school's name as well, so the URN can be recorded.";
        }
        return "School '" + name + "' is not one of the clusters' schools: check the spelling against the"
                + " cluster pages.";
    }
}
