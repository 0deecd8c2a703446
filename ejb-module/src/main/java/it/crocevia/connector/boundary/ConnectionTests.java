package it.crocevia.connector.boundary;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** "Test connessione": reaches an account's platform with its saved settings. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectionTests {

    private static final Logger LOG = Logger.getLogger(ConnectionTests.class.getName());

    @Inject
    ShopAccounts accounts;

    @Inject
    ShopConnectors connectors;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public ConnectionCheck test(long accountId) {
        var connection = accounts.orderSyncSettings(accountId).connection();
        if (!connectors.supports(connection.platform())) {
            return new ConnectionCheck(ConnectionCheck.Outcome.REMOTE_ERROR,
                    connection.platform().label() + " has no connector yet");
        }
        ConnectionCheck check = connectors.open(connection).check();
        LOG.log(Level.INFO, "Connection test of account {0} ({1}): {2} {3}",
                new Object[] {accountId, connection.baseUrl(), check.outcome(), check.detail()});
        return check;
    }
}
