package it.crocevia.marketing.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.marketing.boundary.Deliveries;
import it.crocevia.marketing.boundary.DeliveryView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The deliveries that kept failing, with the platform's last answer, and their retry. */
@Named
@ViewScoped
public class DeliveriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Deliveries deliveries;

    @Inject
    FacesMessages messages;

    private List<DeliveryView> rows = List.of();

    public void load() {
        rows = deliveries.failed();
    }

    public void retry(DeliveryView row) {
        if (messages.attempt(() -> deliveries.retry(row.id()))) {
            messages.info("marketing.delivery.retried", row.eventKey());
        }
        load();
    }

    public List<DeliveryView> getRows() {
        return rows;
    }
}
