package it.crocevia.customer.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.customer.entity.Customer;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CustomerUpdaterTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    private static Customer stored() throws ReflectiveOperationException {
        var c = new Customer("anna@example.it", 1L, NOW.minusDays(3));
        c.setFirstName("Anna");
        c.setLastName("Bianchi");
        c.setPhone("0211111");
        Field id = Customer.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 42L);
        return c;
    }

    @Test
    void eachChangedFieldIsRecordedWithOldNewAndSource() throws Exception {
        var c = stored();
        var changes = CustomerUpdater.apply(c, new CustomerUpdater.Values("anna@example.it", "Anna", "Bianchi",
                "Bianchi Srl", "IT01234567890", null, "0222222"), "order R1 of Negozio", NOW);

        assertThat(changes).extracting(ch -> ch.getField() + ":" + ch.getOldValue() + "->" + ch.getNewValue())
                .containsExactly("company:null->Bianchi Srl", "vatNumber:null->IT01234567890", "phone:0211111->0222222");
        assertThat(changes).allSatisfy(ch -> {
            assertThat(ch.getCustomerId()).isEqualTo(42L);
            assertThat(ch.getSource()).isEqualTo("order R1 of Negozio");
        });
        assertThat(c.getPhone()).isEqualTo("0222222");
        assertThat(c.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void emptyRemoteValuesNeverEraseWhatWeHave() throws Exception {
        var c = stored();
        var changes = CustomerUpdater.apply(c, new CustomerUpdater.Values(null, " ", null, null, null, null, ""),
                "sync", NOW);
        assertThat(changes).isEmpty();
        assertThat(c.getFirstName()).isEqualTo("Anna");
        assertThat(c.getPhone()).isEqualTo("0211111");
        assertThat(c.getUpdatedAt()).isEqualTo(NOW.minusDays(3));
    }
}
