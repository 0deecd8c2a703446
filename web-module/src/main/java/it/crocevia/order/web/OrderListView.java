package it.crocevia.order.web;

import it.crocevia.account.boundary.AccountSummary;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.order.boundary.OrderFilter;
import it.crocevia.order.boundary.OrderRow;
import it.crocevia.order.boundary.Orders;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Ordini": the imported orders, newest first, filtered by account, date, state and reference or e-mail. */
@Named
@ViewScoped
public class OrderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    ShopAccounts accounts;

    private Long accountId;
    private LocalDate from;
    private LocalDate to;
    private String state;
    private String text;
    private Map<Long, String> accountNames = Map.of();

    private final LazyDataModel<OrderRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, orders.count(filter()));
        }

        @Override
        public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return orders.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(OrderRow row) {
            return Long.toString(row.id());
        }
    };

    public void load() {
        accountNames = accounts.list().stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::description, (a, b) -> a));
    }

    private OrderFilter filter() {
        return new OrderFilter(accountId, from, to, state, text);
    }

    /** The account's description, or its number when the account was deleted (its orders stay). */
    public String accountName(long id) {
        return accountNames.getOrDefault(id, "#" + id);
    }

    public List<Map.Entry<Long, String>> getAccountChoices() {
        return accountNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toList());
    }

    public LazyDataModel<OrderRow> getRows() {
        return rows;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

}
