package it.crocevia.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;

/** One line of an imported order. */
@Entity
@Table(name = "shop_order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "shop_order_line")
    @TableGenerator(name = "shop_order_line", table = "id_sequence", pkColumnName = "name", valueColumnName = "last_value",
            pkColumnValue = "shop_order_line", allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private ShopOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(length = 64)
    private String sku;

    @Column(length = 20)
    private String ean;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "unit_price_excl", precision = 19, scale = 4)
    private BigDecimal unitPriceExcl;

    @Column(name = "unit_price_incl", precision = 19, scale = 4)
    private BigDecimal unitPriceIncl;

    @Column(name = "total_incl", precision = 19, scale = 4)
    private BigDecimal totalIncl;

    protected OrderLine() {
    }

    public OrderLine(ShopOrder order, int lineNo, String sku, String ean, String name, BigDecimal quantity,
            BigDecimal unitPriceExcl, BigDecimal unitPriceIncl, BigDecimal totalIncl) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.ean = ean;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceExcl = unitPriceExcl;
        this.unitPriceIncl = unitPriceIncl;
        this.totalIncl = totalIncl;
    }

    /** Takes the values of a newer version of the same line. */
    public void update(String sku, String ean, String name, BigDecimal quantity, BigDecimal unitPriceExcl,
            BigDecimal unitPriceIncl, BigDecimal totalIncl) {
        this.sku = sku;
        this.ean = ean;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceExcl = unitPriceExcl;
        this.unitPriceIncl = unitPriceIncl;
        this.totalIncl = totalIncl;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public String getEan() {
        return ean;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPriceExcl() {
        return unitPriceExcl;
    }

    public BigDecimal getUnitPriceIncl() {
        return unitPriceIncl;
    }

    public BigDecimal getTotalIncl() {
        return totalIncl;
    }
}
