package it.crocevia.customer.web;

import it.crocevia.customer.boundary.CustomerRow;
import it.crocevia.customer.boundary.Customers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Clienti": the customer records (anagrafiche), searched by the start of e-mail, name or company. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Customers customers;

    private String text;

    private final LazyDataModel<CustomerRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, customers.count(text));
        }

        @Override
        public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return customers.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<CustomerRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
