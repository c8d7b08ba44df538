package uk.gov.york.inclusion.schooldata;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.gov.york.inclusion.cluster.Cluster;

public interface SchoolDataRecords extends Repository<SchoolDataRecord, Long> {

    SchoolDataRecord save(SchoolDataRecord record);

    /** Returns the period's figures for the schools in the cluster now, by school name. */
    @Query(
            """
            select r from SchoolDataRecord r
            where r.period = :period and r.school.cluster = :cluster
            order by r.school.name""")
    List<SchoolDataRecord> findForCluster(SchoolDataPeriod period, Cluster cluster);

    long countByPeriod(SchoolDataPeriod period);

    @Modifying
    @Query("delete from SchoolDataRecord r where r.period = :period")
    void deleteByPeriod(SchoolDataPeriod period);
}
