package it.crocevia.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.MarketplaceTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedTargetTest {

    private static final List<MarketplaceTarget> MARKETS = List.of(new MarketplaceTarget("DE", "de"),
            new MarketplaceTarget("IT", "en"), new MarketplaceTarget("IT", "it"), new MarketplaceTarget("AT", "de"));

    @Test
    void italyInItalianComesFirstThenByCountryAndLanguage() {
        assertThat(FeedTarget.of(MARKETS)).extracting(FeedTarget::key)
                .containsExactly("IT-it", "IT-en", "AT-de", "DE-de");
        assertThat(FeedTarget.of(MARKETS)).extracting(FeedTarget::currency).containsOnly("EUR");
    }

    @Test
    void anAccountWithoutMarketsPublishesForItalyInItalian() {
        assertThat(FeedTarget.of(List.of())).containsExactly(FeedTarget.ITALY);
        assertThat(FeedTarget.find(List.of(), null)).contains(FeedTarget.ITALY);
        assertThat(FeedTarget.find(List.of(), "it-IT")).contains(FeedTarget.ITALY);
        assertThat(FeedTarget.find(List.of(), "DE-de")).isEmpty();
    }

    @Test
    void aTargetIsFoundByItsKeyCaseAside() {
        assertThat(FeedTarget.find(MARKETS, "de-DE")).contains(new FeedTarget("DE", "de", "EUR"));
        assertThat(FeedTarget.find(MARKETS, " ")).contains(new FeedTarget("IT", "it", "EUR"));
        assertThat(FeedTarget.find(MARKETS, "FR-fr")).isEmpty();
        assertThat(FeedTarget.find(MARKETS, "IT")).isEmpty();
    }
}
