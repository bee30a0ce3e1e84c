package org.accolade.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

class FormRepositoryTest {

    private final FormRepository repository = new FormRepository(new DefaultResourceLoader());

    @Test
    void byIdReadsTheFormFromTheClasspath() {
        FormDefinition form = repository.byId("review-nomination");

        assertThat(form.id()).isEqualTo("review-nomination");
        assertThat(form.fields()).extracting(FormComponent::key).containsExactly("verdict", "comment");
    }

    @Test
    void eachFormIsParsedOnlyOnce() {
        assertThat(repository.byId("nominate")).isSameAs(repository.byId("nominate"));
    }

    @Test
    void anIdWithoutFileIsAnUnknownForm() {
        assertThatThrownBy(() -> repository.byId("no-such-form"))
                .isInstanceOfSatisfying(UnknownFormException.class,
                        unknown -> assertThat(unknown.formId()).isEqualTo("no-such-form"));
    }

    @Test
    void anIdThatIsAPathIsAnUnknownFormAndNeverReachesTheClasspath() {
        assertThatThrownBy(() -> repository.byId("../forms/nominate")).isInstanceOf(UnknownFormException.class);
        assertThatThrownBy(() -> repository.byId(null)).isInstanceOf(UnknownFormException.class);
    }

    @Test
    void aFileDeclaringAnotherIdThanItsNameIsAnInvalidForm() {
        FormRepository misnamed = new FormRepository(new DefaultResourceLoader() {
            @Override
            public Resource getResource(String location) {
                return new ByteArrayResource("{\"id\": \"other\"}".getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThatThrownBy(() -> misnamed.byId("misnamed"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("declares the id other");
    }
}
