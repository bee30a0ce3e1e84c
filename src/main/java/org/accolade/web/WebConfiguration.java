package org.accolade.web;

import java.util.List;
import java.util.Locale;

import org.accolade.community.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import com.fasterxml.jackson.databind.module.SimpleModule;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    /** French or English, from the caller's Accept-Language; English when neither is asked for. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Languages.SUPPORTED);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /** Request bodies only: what the application itself stores and reads back is not a caller's input. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        var refusal = new SimpleModule("control-characters").addDeserializer(String.class, new ControlCharacters());
        converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(json -> json.setObjectMapper(json.getObjectMapper().copy().registerModule(refusal)));
    }
}
