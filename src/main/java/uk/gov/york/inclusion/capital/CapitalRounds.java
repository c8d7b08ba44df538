package uk.gov.york.inclusion.capital;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CapitalRounds extends Repository<CapitalRound, Long> {

    Optional<CapitalRound> findById(Long id);

    List<CapitalRound> findAllByOrderByIdDesc();

    long countByFund(CapitalFund fund);

    CapitalRound save(CapitalRound round);
}
