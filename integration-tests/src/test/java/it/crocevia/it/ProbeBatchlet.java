package it.crocevia.it;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The smallest job there is: it proves the batch runtime and where it keeps its history. */
@Dependent
@Named("probeBatchlet")
public class ProbeBatchlet extends AbstractBatchlet {

    @Override
    public String process() {
        return "PROBED";
    }
}
