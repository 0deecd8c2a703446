package it.crocevia.testserver.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void bracketedNamesBecomeNestedValuesAsInPhp() {
        QueryParams query = QueryParams.parse("filter%5Bdate_upd%5D=%5B2025-01-01+00%3A00%3A00%2C2025-02-01%5D"
                + "&filter[id]=[1|5]&display=full");

        assertThat(query.map("filter")).containsEntry("date_upd", "[2025-01-01 00:00:00,2025-02-01]")
                .containsEntry("id", "[1|5]");
        assertThat(query.map("filter").keySet()).containsExactly("date_upd", "id");
        assertThat(query.string("display")).isEqualTo("full");
        assertThat(query.string("filter")).isNull();
    }

    @Test
    void theLastValueWinsAndEmptyValuesArePresent() {
        QueryParams query = QueryParams.parse("limit=5&limit=10,20&date=&flag");

        assertThat(query.string("limit")).isEqualTo("10,20");
        assertThat(query.has("date")).isTrue();
        assertThat(query.string("date")).isEmpty();
        assertThat(query.string("flag")).isEmpty();
        assertThat(query.has("sort")).isFalse();
    }

    @Test
    void deeperNestingAndAppendedValues() {
        QueryParams query = QueryParams.parse("searchCriteria[filterGroups][0][filters][0][field]=updated_at&ids[]=1&ids[]=2");

        assertThat(query.map("searchCriteria")).containsKey("filterGroups");
        assertThat(query.map("ids")).containsEntry("0", "1").containsEntry("1", "2");
    }

    @Test
    void dotsInTopLevelNamesBecomeUnderscores() {
        assertThat(QueryParams.parse("output.format=JSON").string("output_format")).isEqualTo("JSON");
        assertThat(QueryParams.parse(null).all()).isEmpty();
    }
}
