package uk.gov.york.inclusion.priorities;

/** The fields of one priority as the lead wrote them, checked one by one by {@link PlanForm}. */
record PriorityDetails(
        PriorityArea area,
        String evidence,
        String actions,
        String measure,
        boolean numericMeasure,
        String baseline,
        String target,
        String wellbeingFocus) {}
