package it.crocevia.order.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.order.boundary.OrderView;
import it.crocevia.order.boundary.Orders;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One imported order: header, addresses and lines. */
@Named
@ViewScoped
public class OrderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    FacesMessages messages;

    private Long id;
    private OrderView order;

    public String load() {
        try {
            order = orders.find(id == null ? -1 : id);
            return null;
        } catch (NotFoundException e) {
            messages.error("orders.notFound");
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderView getOrder() {
        return order;
    }
}
