package it.crocevia.connector.boundary;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.control.RemoteHttp;
import it.crocevia.connector.magento.MagentoAdapter;
import it.crocevia.connector.magento.MagentoPublisher;
import it.crocevia.connector.prestashop.PrestaShopAdapter;
import it.crocevia.connector.prestashop.PrestaShopPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;

/** Opens the adapter of an account's platform. One HTTP client (and its connection pool) is shared. */
@ApplicationScoped
public class ShopConnectors {

    private final HttpClient client = RemoteHttp.newClient();

    /** Whether Crocevia has an order connector for the platform yet. */
    public boolean supports(Marketplace platform) {
        return platform == Marketplace.PRESTASHOP || platform == Marketplace.MAGENTO;
    }

    /** The product writer of a shop account (PrestaShop or Magento). */
    public ProductPublisher publisher(ShopConnection connection) {
        var http = new RemoteHttp(client, RemoteHttp.RetryPolicy.DEFAULT);
        return switch (connection.platform()) {
            case PRESTASHOP -> new PrestaShopPublisher(connection, http);
            case MAGENTO -> new MagentoPublisher(connection, http);
            case GOOGLE_SHOPPING -> throw new UnsupportedOperationException(
                    connection.platform().label() + " has no product publisher");
        };
    }

    public ShopAdapter open(ShopConnection connection) {
        var http = new RemoteHttp(client, RemoteHttp.RetryPolicy.DEFAULT);
        return switch (connection.platform()) {
            case PRESTASHOP -> new PrestaShopAdapter(connection, http);
            case MAGENTO -> new MagentoAdapter(connection, http);
            case GOOGLE_SHOPPING -> throw new UnsupportedOperationException(
                    connection.platform().label() + " has no order connector yet");
        };
    }
}
