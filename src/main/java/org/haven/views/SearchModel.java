package org.haven.views;

import java.util.List;

/**
 * The search page: every page from A to Z ({@code letters}, shown without JavaScript), and the
 * wording beside a result in another language than the page's ({@code resultLanguage}, with
 * {@code {language}} where the language's name goes).
 */
public record SearchModel(List<LetterView> letters, String resultLanguage) {}
