package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static final Pattern WORDS =
            Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private static List<String> tokens(Tokens tokens) {
        List<String> list = new ArrayList<>();
        for (int t = 0; t < tokens.count(); t++) {
            list.add(tokens.token(t));
        }
        return list;
    }

    @Test
    void splitKeepsOffsetsOfWords() {
        Tokens tokens = Tokens.split("  Hello, world!! 42", WORDS);
        assertThat(tokens(tokens)).containsExactly("Hello", "world", "42");
        assertThat(tokens.start(0)).isEqualTo(2);
        assertThat(tokens.end(0)).isEqualTo(7);
        assertThat(tokens.start(1)).isEqualTo(9);
        assertThat(tokens.start(2)).isEqualTo(17);
    }

    @Test
    void splitTreatsAccentedLettersAsWordCharacters() {
        // Python 3's re module treats \w as Unicode by default; the explainer does the same.
        assertThat(tokens(Tokens.split("café über-naïve", WORDS)))
                .containsExactly("café", "über", "naïve");
    }

    @Test
    void splitOfSeparatorsOnlyHasNoTokens() {
        assertThat(Tokens.split("!!! ?", WORDS).count()).isZero();
        assertThat(Tokens.split("", WORDS).count()).isZero();
    }

    @Test
    void splitIgnoresEmptySeparatorMatches() {
        Tokens tokens = Tokens.split("ab cd", Pattern.compile("\\s*"));
        assertThat(tokens(tokens)).containsExactly("ab", "cd");
    }

    @Test
    void charactersSkipWhitespaceAndKeepSurrogatePairs() {
        Tokens tokens = Tokens.characters("a b\t😀");
        assertThat(tokens(tokens)).containsExactly("a", "b", "😀");
        assertThat(tokens.end(2) - tokens.start(2)).isEqualTo(2);
    }

    @Test
    void locateFindsCallerTokensInOrder() {
        Tokens tokens = Tokens.locate("New York is big; New York is old",
                text -> List.of("New York", "is", "big", "New York", "is", "old"));
        assertThat(tokens.start(3)).isEqualTo(17);
        assertThat(tokens.end(5)).isEqualTo(32);
    }

    @Test
    void locateRejectsTokenNotInText() {
        assertThatThrownBy(() -> Tokens.locate("good food", text -> List.of("good", "meal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 1 \"meal\" is not a substring")
                .hasMessageContaining("offset 4");
    }

    @Test
    void locateRejectsTokensOutOfOrder() {
        assertThatThrownBy(() -> Tokens.locate("good food", text -> List.of("food", "good")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"good\"");
    }

    @Test
    void locateRejectsEmptyToken() {
        assertThatThrownBy(() -> Tokens.locate("good food", text -> List.of("good", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 1 of the tokenizer is empty");
    }
}
