package it.crocevia.customer.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.customer.boundary.CustomerChangeView;
import it.crocevia.customer.boundary.CustomerRow;
import it.crocevia.customer.boundary.Customers;
import it.crocevia.order.boundary.OrderRow;
import it.crocevia.order.boundary.Orders;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One customer record: its data, its orders and the history of automatic changes. */
@Named
@ViewScoped
public class CustomerDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    @Inject
    FacesMessages messages;

    private Long id;
    private CustomerRow customer;
    private List<CustomerChangeView> history = List.of();
    private List<OrderRow> customerOrders = List.of();

    public String load() {
        try {
            customer = customers.find(id == null ? -1 : id);
            history = customers.history(id);
            customerOrders = orders.ofCustomer(id);
            return null;
        } catch (NotFoundException e) {
            messages.error("customers.notFound");
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

    public CustomerRow getCustomer() {
        return customer;
    }

    public List<CustomerChangeView> getHistory() {
        return history;
    }

    public List<OrderRow> getCustomerOrders() {
        return customerOrders;
    }
}
