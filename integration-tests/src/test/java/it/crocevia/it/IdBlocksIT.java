package it.crocevia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.crocevia.platform.boundary.IdBlocks;
import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run of many pages takes its ids through an {@link IdBlocks.Reserve}: in the server, against
 * MariaDB's {@code id_sequence}, the blocks grow from the first page's size, each id is handed out
 * once and consecutively within a take, and the sequence moves only when a block is used up.
 */
@ExtendWith(ArquillianExtension.class)
class IdBlocksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(IdBlocksIT.class);
    }

    @Resource(lookup = IdBlocks.SEQUENCE_DATA_SOURCE)
    DataSource sequences;

    @Test
    void aReserveTakesGrowingBlocksAndHandsOutEachIdOnce() throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 20);
        execute("INSERT INTO id_sequence (name, last_value) VALUES ('" + name + "', 1000)");
        var reserve = new IdBlocks.Reserve(name, 0, 8);

        assertEquals(1001, reserve.take(sequences, 3)); // first block: exactly what the first page needs
        assertEquals(1003, lastValue(name));
        assertEquals(1004, reserve.take(sequences, 4)); // second block: twice the first
        assertEquals(1009, lastValue(name));
        assertEquals(1008, reserve.take(sequences, 2)); // two left in it
        assertEquals(1009, lastValue(name));
        assertEquals(1010, reserve.take(sequences, 5)); // third block: 12, at most 8
        assertEquals(1017, lastValue(name));
        assertEquals(1018, reserve.take(sequences, 20)); // more than a block: what is asked for
        assertEquals(1037, lastValue(name));
        assertEquals(0, reserve.take(sequences, 0));
        assertEquals(1037, lastValue(name));
    }

    private void execute(String sql) throws SQLException {
        try (var c = sequences.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long lastValue(String name) throws SQLException {
        try (var c = sequences.getConnection(); var s = c.prepareStatement(
                "SELECT last_value FROM id_sequence WHERE name = ?")) {
            s.setString(1, name);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
