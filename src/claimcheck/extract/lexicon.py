"""The extraction lexicon (`data/lexicon.yaml`), validated and compiled once."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.bounded_yaml import load_packaged
from claimcheck.extract.token_pattern import lowered_words

Bound = Literal["lower", "above", "upper", "under", "approx", "below", "margin"]


class UnitRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str | None = None
    dimension: str | None = None
    currency: str | None = None
    name: str | None = None
    attached: bool = False
    spaced_end: bool = False
    cased: bool = False
    ordinal: bool = False
    closing: bool = False  # a unit only where no word it could describe follows ("13 stone", not "12 stone walls")


class NightWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    before: list[str]
    after: list[str]


class DateWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    future_markers: list[str]
    future_markers_not_before: dict[str, list[str]]
    past_markers: list[str]
    not_past: list[str]
    clause_openers: list[str]
    conditional_openers: list[str]
    deadline_prepositions: list[str]
    possibility_modals: list[str]
    modal_blockers: list[str]
    period_end_prepositions: list[str]
    period_rest_words: list[str]
    period_rest_unless: list[str]
    month_words: list[str]
    date_prepositions: list[str]
    month_word_preps: list[str]
    month_hedges: list[str]
    weekday_names: list[str]
    feast_qualifiers: list[str]
    ordinal_days: list[str]
    ordinal_nouns: list[str]
    day_followers: list[str]
    rank_words: list[str]
    rank_ending: str
    not_ranks: list[str]
    units: dict[str, tuple[Literal["day", "month", "year"], int]]
    directions: dict[str, Literal[-1, 1]]
    direction_comparisons: list[str]
    from_article: list[str]
    duration_prepositions: list[str]
    neighbours: dict[str, Literal[-1, 1]]
    span_ends: list[str]
    moved_to: list[str]
    date_change_verbs: list[str]
    age_dates: list[str]
    status_dates: list[str]
    moved_from: list[str]
    move_adverbs: list[str]
    span_starts: dict[str, Literal[-1] | None]
    night_words: NightWords
    present_markers: list[str]
    not_plural: list[str]
    short_numeric_prepositions: list[str]
    year_event_plurals: list[str]
    year_seasons: list[str]
    year_season_leads: list[str]
    span_to_month_nouns: list[str]
    comma_day_leads: list[str]
    into_year_followers: list[str]
    span_to_determiners: list[str]
    month_pair_nouns: list[str]
    month_pair_habitual_words: list[str]
    habitual_words: list[str]
    month_pair_report_lag: int
    season_starts: dict[str, int]
    season_shifts: dict[str, Literal[-1, 0, 1]]
    season_not_after: list[str]
    season_change_nouns: list[str]
    season_noun_followers: dict[str, list[str]]
    other_calendar_months: list[str]
    other_calendar_eras: list[str]
    holiday_times: list[str]
    holidays: dict[str, tuple[int, int]]
    feast_prepositions: list[str]
    range_openers: list[str]
    feast_place_nouns: list[str]
    easter_feasts: dict[str, int]
    orthodox_feasts: dict[str, int]
    weekday_feasts: dict[str, tuple[int, str, int, int]]
    unplaced_feasts: list[str]
    weekend_words: dict[str, int | None]
    weekend_habitual_words: list[str]
    weekend_modifiers: list[str]
    generic_weekday_words: list[str]
    weekday_schedule_nouns: list[str]
    weekday_dating_words: list[str]
    generic_weekday_followers: list[str]
    plan_markers: list[str]
    decision_markers: list[str]
    decision_forward_words: list[str]
    superseded_plan_words: list[str]
    relational_future_markers: list[str]
    possessive_year_followers: list[str]
    possessive_contractions: list[str]
    possessive_year_comparatives: list[str]
    year_feasts: list[str]


class FactRow(BaseModel):
    """A fact `discover` groups figures by (see `facts:` in the lexicon)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    concept: str | None = None
    words: list[str] = []
    with_: list[str] = Field(default_factory=list, alias="with")
    without: list[str] = []
    # words that name the fact only standing straight after the figure ("700 metres below ground"), never
    # elsewhere in its phrase ("laid 300 metres of pipe underground" is a length of pipe)
    straight_after: list[str] = []
    straight_after_without: list[str] = []  # words of the figure's clause before it that rule those out ("run")
    title_without: list[str] = []  # words of an article's headline that rule the fact out of its figures
    unless: list[str] = []
    unless_befalls: bool = False  # ruled out, as by `unless`, by every fact that befalls people
    dimension: str
    changes: bool = False
    grows: bool = False
    by: Literal["place", "subject", "thing", "whole", "recipient", "origin"] | None = None
    alone: bool = False
    befalls: bool = False
    beside: bool = False
    agent: bool = False
    things: bool = False
    once: bool = False  # fixed by its event once it happens: a figure stated long before it is another event's
    # a count of what a thing is made of, stated of the thing ("a 12-storey block", "the building had 14 floors"),
    # never of parts reached or searched ("firefighters searched 12 floors")
    held: bool = False
    # words one of which must stand right before the figure, unless the count is joined to its noun ("prisoners
    # from 16 countries": the countries they come from, not those a thing is sold in; "a 66-room hotel")
    before: list[str] = []
    # of those words, the ones the count's noun must follow for it to be the fact's ("37 foreigners of eight
    # nationalities", never "a coalition of 60 nations")
    before_nouns: dict[str, list[str]] = {}
    # of those words, the ones a noun of people must stand right before ("prisoners from 16 countries", never
    # "troops drawn from 12 nations")
    before_people: list[str] = []
    # of those words, the ones after which the count's noun ends its clause ("the hotel has 80 rooms.", never "the
    # hotel had 12 rooms flooded")
    before_clause_end: list[str] = []
    gone_by: bool = False  # a time gone by between two moments ("lost contact 40 minutes after take-off")
    whole_sum: bool = False  # a sum in all: one that "a further" or "another" adds to another is never it
    stock: bool = False  # what is owed in all: a sum that falls due out of it ("$7 billion is due this year") is none
    part_of: str | None = None  # the fact whose people this one's are a part of ("seriously injured" of the injured)
    whole: list[str] = []  # nouns of a part of the people that count all this fact counts ("17 hostages" freed)
    premises: list[str] = []  # nouns that count premises for this fact, as homes do ("customers" without power)
    title: str | None = None  # what a draft rule calls the fact, where its name is narrower than what it groups
    unnamed: bool = False  # what no other fact names, with no words of its own: read from a figure's own words


class PhraseGuard(BaseModel):
    """Event phrases that name their event only where a word of `needs` stands in the sentence (none: any), and
    never where a word of `unless` does."""

    phrases: list[str]
    needs: list[str] = []
    unless: list[str] = []


class IdiomRow(BaseModel):
    """A phrasal use of a fact's words that names no fact: `after`, words right after one of `words`;
    `subjects`, nouns at most `idiom_reach` words before it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str]
    after: list[str] = []
    subjects: list[str] = []


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    number_words: dict[str, int]
    hyphen_counts: list[str]
    hyphen_levels: list[str]
    mark_nouns: list[str]
    mark_qualifiers: dict[str, str]
    time_taken_qualifiers: dict[str, Bound]
    mark_state_words: list[str]
    signed_range_words: dict[str, int]
    span_words_before_from: list[str]
    hyphen_count_nouns: dict[str, str]
    hyphen_multiples: dict[str, int]
    hyphen_groups: list[str]
    year_baselines: list[str]
    multiple_endings: list[str]
    year_records: list[str]
    year_record_comparisons: list[str]
    magnitude_words: list[str]
    spelled_out_letters: dict[str, str]
    quake_nouns: list[str]
    scale_verbs: list[str]
    scale_links: list[str]
    date_baselines: list[str]
    resuming_verbs: list[str]
    participle_place_words: list[str]
    single_part_articles: list[str]
    attribute_leads: list[str]
    apposed_ranks: list[str]
    part_openers: list[str]
    partitive_quantifiers: list[str]
    indefinite_amount_nouns: list[str]
    subject_fact_words: dict[str, list[str]]
    state_words: list[str]
    change_baselines: list[str]
    change_adverbs: list[str]
    change_adverb_links: list[str]
    difference_words: list[str]
    generic_heads: list[str]
    source_fillers: list[str]
    generic_sources: list[str]
    report_qualifiers: list[str]
    total_markers: list[str]
    whole_openers: list[str]
    saying_verbs: list[str]
    negations: list[str]
    subgroups: list[str]
    people_by_sex_or_age: list[str]
    subgroup_modifiers: list[str]
    household_nouns: list[str]
    handout_recipients: dict[str, list[str]]
    generic_things: list[str]
    thing_synonym_groups: list[list[str]]
    unnamed_age_holders: dict[str, list[str]]
    unnamed_age_kin: dict[str, list[str]]
    size_measures: dict[str, str]
    upright_things: list[str]
    nested_things: list[str]
    nesting_modifiers: list[str]
    whole_ends: list[str]
    demonym_endings: list[str]
    place_witness_verbs: list[str]
    demonym_short_forms: list[str]
    holding_verbs: list[str]
    holding_participles: list[str]
    holding_adverbs: list[str]
    title_modifiers: list[str]
    whole_modifiers: list[str]
    combined_words: list[str]
    unit_of_sale_nouns: list[str]
    expectation_phrases: list[str]
    forecast_words: list[str]
    forecast_beaters: list[str]
    forecast_range_phrases: list[str]
    adjusted_measure_words: list[str]
    comparison_openers: list[str]
    as_it_stands_words: list[str]
    renaming_words: list[str]
    segment_measure_nouns: list[str]
    whole_measure_modifiers: list[str]
    per_unit_abbreviations: dict[str, str]
    amount_vague_nouns: list[str]
    per_unit_stops: list[str]
    per_unit_stop_exceptions: list[str]
    speed_stops: list[str]
    demand_words: list[str]
    demand_participles: list[str]
    demand_participle_stops: list[str]
    apposed_place_nouns: list[str]
    clause_prepositions: list[str]
    add_on_words: list[str]
    threshold_words: dict[Literal["before", "after"], list[str]]
    present_verbs: list[str]
    collective_nouns: list[str]
    heading_labels: list[str]
    agent_verbs: list[str]
    giving_verbs: list[str]
    sending_verbs: list[str]
    phrase_determiners: list[str]
    span_end_words: list[str]
    span_start_words: list[str]
    relative_start_verbs: list[str]
    event_end_words: list[str]
    further_group_words: list[str]
    further_group_leads: list[str]
    falling_due_words: list[str]
    state_held_words: list[str]
    cause_verbs: list[str]
    negation_reach: int
    fact_word_idioms: list[IdiomRow]
    idiom_reach: int
    scales: dict[str, int]
    unstacked_scales: list[str]
    mass_scales: list[str]
    attached_scales: dict[str, int]
    count_scales: dict[str, int]
    money_scales: dict[str, int]
    currency_subunits: dict[str, int]
    subunit_currencies: dict[str, str]
    subunit_families: dict[str, list[str]]
    word_amounts: dict[str, int]
    vague_amounts: dict[str, tuple[int, int]]
    fractions: dict[str, int]
    vulgar_fractions: dict[str, float]
    unwritten_smaller_units: dict[str, tuple[str, int]]
    unwritten_hundredths: dict[str, str]
    unwritten_part_followers: list[str]
    comma_turns: list[str]
    point_noun_cues: list[str]
    decimal_zero_words: list[str]
    zero_sides: dict[str, Literal[-1, 1]]
    unit_halves: list[str]
    figure_closers: list[str]
    share_followers: list[str]
    share_change_followers: list[str]
    share_change_verbs: list[str]
    lone_unit_leads: list[str]
    lone_units: list[str]
    lone_unit_additions: list[str]
    another_stops: list[str]
    lone_unit_stops: list[str]
    lone_unit_stops_before_numbers: list[str]
    lone_unit_open_words: list[str]
    fraction_nouns: list[str]
    part_positions: list[str]
    time_margin_words: list[str]
    clock_prepositions: list[str]
    clock_length_units: dict[str, str]
    clock_length_leads: list[str]
    clock_length_bounds: list[str]
    ordinal_fractions: list[str]
    qualifiers: dict[str, Bound]
    post_qualifiers: dict[str, Bound]
    rank_nouns: list[str]
    rank_openers: list[str]
    rank_verbs: list[str]
    rank_determiners: list[str]
    number_label_nouns: list[str]
    odds_words: list[str]
    slashed_labels: list[str]
    rank_move_nouns: list[str]
    rank_move_words: list[str]
    birthday_nouns: list[str]
    anniversary_nouns: list[str]
    run_words: list[str]
    run_nouns: list[str]
    sign_words: dict[str, int]
    test_result_words: list[str]
    single_person_nouns: list[str]
    origin_people: list[str]
    toll_concepts: list[str]
    toll_state_links: list[str]
    toll_passive_links: list[str]
    toll_addition_links: list[str]
    toll_clause_openers: list[str]
    resolution_labels: list[str]
    picture_words: list[str]
    age_post_qualifiers: dict[str, Bound]
    prefix_qualifiers: dict[str, Bound]
    qualifier_gaps: list[str]
    age_asides: list[str]
    qualifier_span_gaps: list[str]
    reference_comparatives: list[str]
    reference_times: list[str]
    land_under_words: list[str]
    over_motion_words: list[str]
    over_matter_nouns: list[str]
    degree_signs: list[str]
    compass_letters: list[str]
    compass_words: list[str]
    spread_over_breakers: list[str]
    stated_levels: list[str]
    level_verbs: list[str]
    unchanging_plurals: list[str]
    span_gap_prepositions: list[str]
    below_band: float
    units: dict[str, UnitRow]
    currency_prefixes: dict[str, str]
    letter_currency_signs: dict[str, str]
    currency_words_before: dict[str, str]
    currency_places: dict[str, dict[str, list[str]]]
    rate_connectors: list[str]
    per_words: list[str]
    rate_base_words: list[str]
    weight_cues: list[str]
    scale_prefixes: dict[str, str]
    label_words: list[str]
    figure_label_nouns: list[str]
    position_words: list[str]
    shared_out_words: list[str]
    counted_one_openers: list[str]
    counted_one_followers: list[str]
    counted_one_limiters: list[str]
    reference_words: list[str]
    reference_words_after: list[str]
    unit_definition_verbs: list[str]
    unit_name_numbers: list[str]
    numbered_thing_nouns: list[str]
    unitless_measure_nouns: list[str]
    score_words_after: list[str]
    score_words_before: list[str]
    result_verbs: list[str]
    result_followers: list[str]
    tally_words_before: list[str]
    place_aliases: dict[str, list[str]]
    country_names: list[str]
    range_connectors: dict[str, Literal["range", "between", "alternative"]]
    spread_openers: list[str]
    estimate_verbs: list[str]
    at_estimate_verbs: list[str]
    spread_turns: list[str]
    spread_opener_reach: int
    spread_reach: int
    concepts: dict[str, list[str]]
    person_titles: list[str]
    word_bearers: list[str]
    head_titles: list[str]
    office_modifiers: list[str]
    person_case_nouns: list[str]
    title_abbreviations: dict[str, str]
    role_titles: dict[str, list[str]]
    role_synonyms: dict[str, list[str]]
    role_deeds: dict[str, list[str]]
    aimed_at_words: list[str]
    word_given_names: list[str]
    lower_case_outlets: list[str]
    other_kin_words: list[str]
    word_surnames: list[str]
    speech_verbs: list[str]
    phrasal_speech_verbs: list[str]
    thought_verbs: list[str]
    perception_verbs: list[str]
    attribution_phrases: list[str]
    report_participles: list[str]
    company_suffixes: list[str]
    event_concepts: dict[str, list[str]]
    facts: dict[str, FactRow]
    dates: DateWords
    partial_frames: list[str]
    day_times: dict[str, tuple[float, float]]
    day_time_openers: list[str]
    day_times_alone: list[str]
    day_edges: dict[str, tuple[float, float]]
    not_name_words: list[str]
    acronym_words: list[str]
    name_particles: list[str]
    given_names: list[str]
    surname_prefixes: list[str]
    # the openings a surname written as one word with a capital inside may have ("McDonald", "FitzGerald")
    capitalised_surname_openings: list[str]
    name_opening_particles: list[str]
    # particles naming a parent ("bin", "ibn"): a given name stands before each, and only a person's name holds one
    filial_particles: list[str]
    # title words that are also given names, read as the given name before a filial particle ("Sheikh Sultan bin …")
    title_given_names: list[str]
    # honorifics kept as the opening of the name they stand before ("Sheikh Tamim bin Hamad"): the capitalised words
    # before one in a run, when all are an office's words, are the office's ("Deputy Minister Sheikh Ali al-Sabah")
    name_opening_titles: list[str]
    short_ranks: list[str]
    # the short ranks that are forms of address, which say nothing of a person's role
    address_ranks: list[str]
    # honorifics that are also words of names: a title only where they open a name
    opening_only_titles: list[str]
    # endings of a patronymic closing a name, whose bearer goes by the given names alone
    patronymic_endings: list[str]
    # words that make a role one held no longer ("former", "ex-")
    past_office_words: list[str]
    # peoples that may stand before a person's name
    people_adjectives: list[str]
    person_list_cues: list[str]
    characterising_verbs: list[str]
    self_naming_verbs: list[str]
    title_minor_words: list[str]
    transliteration: dict[str, str]
    romanisation_variants: dict[str, str]
    revision_words: list[str]
    rising_count_words: list[str]
    early_count_words: list[str]
    toll_rising_words: list[str]
    ordinal_toll_nouns: list[str]
    ordinal_count_nouns: list[str]
    ordinal_count_facts: list[str]
    standing_count_words: list[str]
    running_count_words: list[str]
    rise_up_to_verbs: list[str]
    rise_up_to_nouns: list[str]
    bound_negations: list[str]
    race_plurals: list[str]
    negated_bound_gaps: list[str]
    taking_up_pronouns: list[str]
    quarter_ordinals: dict[str, int]
    half_ordinals: dict[str, int]
    half_year_nouns: list[str]
    fiscal_words: list[str]
    taking_up_times: list[str]
    taking_up_days: list[str]
    air_temperature_words: list[str]
    fahrenheit_air: list[float]
    area_nouns: list[str]
    country_part_nouns: list[str]
    clause_breaks: list[str]
    with_harm_nouns: list[str]
    leaving_verbs: list[str]
    relative_pronouns: list[str]
    clause_turns: list[str]
    contrast_openers: list[str]
    reason_words: list[str]
    reason_exceptions: list[str]
    relay_words: list[str]
    other_events: list[str]
    fronting_words: list[str]
    speech_adverbial_words: list[str]
    speech_verb_adverbs: list[str]
    greetings: list[str]
    score_words: list[str]
    opening_participles: list[str]
    kin_singulars: list[str]
    organisation_heads: list[str]
    firm_nouns: list[str] = Field(default_factory=list)
    building_heads: list[str]
    firm_heads: list[str]
    quantifier_pronouns: list[str]
    discourse_asides: list[str]
    sentence_connectives: list[str]
    sentence_conjunctions: list[str]
    address_styles: list[str]
    topic_openers: list[str]
    continuing_verbs: list[str]
    reply_nouns: list[str]
    closing_verbs: list[str]
    chant_verbs: list[str]
    crowd_nouns: list[str]
    mention_nouns: list[str]
    gloss_nouns: list[str]
    gloss_verbs: list[str]
    named_thing_nouns: list[str]
    sign_nouns: list[str]
    titled_works: list[str]
    voice_nouns: list[str]
    message_nouns: list[str]
    work_title_verbs: list[str]
    performance_nouns: list[str]
    speaker_place_words: list[str]
    document_nouns: list[str]
    document_gathering_verbs: list[str]
    publication_nouns: list[str]
    portfolio_words: list[str]
    name_suffixes: list[str]
    post_nominals: list[str]
    agent_noun_endings: list[str]
    not_agent_nouns: list[str]
    name_compound_participles: list[str]
    authored_works: list[str]
    made_by: list[str]
    chaired_by: list[str]
    origin_roles: list[str]
    honorifics: list[str]
    surname_titles: list[str]
    pronoun_genders: dict[str, list[str]]
    object_only_pronouns: list[str]
    gendered_nouns: dict[str, list[str]]
    name_followers: list[str]
    projection_words: list[str]
    sensed_modals: list[str]
    elsewhere_words: list[str]
    earlier_words: list[str]
    earlier_record_words: list[str]
    record_nouns: list[str]
    record_qualifiers: list[str]
    earlier_after_words: list[str]
    resultative_verbs: list[str]
    acted_on_verbs: list[str]
    after_place_words: list[str]
    age_leads: list[str]
    length_not_things: list[str]
    length_part_words: list[str]
    state_links: list[str]
    count_verbs: list[str]
    listing_phrases: list[str]
    level_words: list[str]
    whole_count_words: list[str]
    whole_count_closers: list[str]
    subject_pronouns: list[str]
    place_size_adverbs: list[str]
    season_words: list[str]
    adverbs_after_verbs: list[str]
    counter_nouns: list[str]
    referring_nouns: list[str]
    comparing_words: list[str]
    subject_openers: list[str]
    thing_nouns: list[str]
    means_prepositions: list[str]
    means_words: list[str]
    elapsed_words: list[str]
    span_amount_words: list[str]
    comparand_leads: list[str]
    span_pay_words: list[str]
    span_pay_kinds: list[str]
    clock_sentence_openers: list[str]
    lasting_words: list[str]
    other_event_markers: list[str]
    widening_words: list[str]
    confirming_verbs: list[str]
    event_phrase_guards: list[PhraseGuard]
    clause_openers: list[str]
    place_day_leads: list[str]
    place_day_prepositions: list[str]
    incident_nouns: list[str]
    relative_adverbs: list[str]
    relative_earlier_words: list[str]
    event_openers: list[str]
    contrast_joiners: list[str]
    auxiliaries: list[str]
    singular_auxiliaries: list[str]
    kin_nouns: list[str]
    place_prepositions: list[str]
    run_place_prepositions: list[str]
    dweller_nouns: list[str]
    dweller_prepositions: list[str]
    interview_cues: list[str]
    bare_speech_verbs: list[str]
    month_time_words: list[str]
    participle_phrase_prepositions: list[str]
    discipline_endings: list[str]
    consequence_participles: list[str]
    group_nouns: list[str]
    inclusion_words: list[str]
    fronted_inclusion_words: list[str]
    fronted_inclusion_verbs: list[str]
    addition_words: dict[Literal["before", "after", "beyond_another_fact"], list[str]]
    addition_alike: dict[str, str]
    running_total_verbs: list[str]
    running_total_nouns: list[str]
    raised_total_verbs: list[str]
    period_count_words: list[str]
    yearly_total_words: list[str]
    period_clause_stops: list[str]
    frequency_adverbs: dict[str, str]
    outdone_compound_heads: list[str]
    window_words: dict[Literal["openers", "adverbs", "units"], list[str]]
    part_verbs: list[str]
    span_adjectives: list[str]
    calendar_spans: dict[str, tuple[float, float]]
    scene_words: list[str]
    scene_synonyms: dict[str, list[str]]
    event_day_nouns: list[str]
    event_epithets: list[str]
    event_day_verbs: list[str]
    event_clause_verbs: list[str]
    bringing_about_verbs: list[str]
    brought_about_participles: list[str]
    helper_nouns: dict[str, list[str]]
    split_rest_words: list[str]
    age_group_bounds: list[str]
    outset_words: list[str]
    outset_report_verbs: list[str]
    outset_states: list[str]
    head_trailers: list[str]
    kind_forms: dict[str, str]
    spread_nouns: list[str]
    future_verbs: list[str]
    change_verbs: list[str]
    falling_change_words: list[str]
    change_increments: list[str]
    change_level_ratio: float
    ratio_links: list[str]
    measure_nouns: list[str]
    classifier_nouns: list[str]
    difference_units: list[str]
    rate_nouns: list[str]
    record_noun_groups: list[list[str]]
    decision_nouns: list[str]
    rate_links: list[str]
    value_openers: list[str]
    locating_verbs: list[str]
    generic_people: list[str]
    surname_only_words: list[str]

    @model_validator(mode="after")
    def _facts_name_concepts(self) -> Lexicon:
        for name, fact in self.facts.items():
            if fact.concept is not None and fact.concept not in self.concepts:
                raise ValueError(f"fact '{name}' names an unknown concept '{fact.concept}'")
            if fact.concept is None and not fact.words and not fact.unnamed:
                raise ValueError(f"fact '{name}' has neither a concept nor words")
        for name in self.ordinal_count_facts:
            if name not in self.facts:
                raise ValueError(f"ordinal_count_facts names an unknown fact '{name}'")
        return self

    def fact_words(self, name: str) -> list[str]:
        """The words that name a fact: its own and its concept's."""
        fact = self.facts[name]
        return fact.words + (self.concepts[fact.concept] if fact.concept else [])

    def phrases(self, table: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
        """Phrases of a table as token tuples by first token, longest first (the longest match wins)."""
        return _indexed(_FIRST, table, lambda: _by_word(tuple(table), 0))

    def phrases_ending(self, table: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
        """The same, by last token, for matching backwards."""
        return _indexed(_LAST, table, lambda: _by_word(tuple(table), -1))

    def key_of(self, table: Iterable[str], phrase: tuple[str, ...]) -> str:
        """The table key a matched phrase came from ("km/h" for ('km', '/', 'h'))."""
        return _indexed(_KEYS, table, lambda: _keys(tuple(table)))[phrase]


# Indexes by table, computed once per table; each entry keeps its table, so that its id is not reused. The
# tables are the lexicon's, a few dozen; past `TABLES_INDEXED` (tables made on the fly) they start afresh.
_FIRST: dict[int, tuple[Any, dict[str, list[tuple[str, ...]]]]] = {}
_LAST: dict[int, tuple[Any, dict[str, list[tuple[str, ...]]]]] = {}
_KEYS: dict[int, tuple[Any, dict[tuple[str, ...], str]]] = {}
TABLES_INDEXED = 256
Index = TypeVar("Index")


def _indexed(indexes: dict[int, tuple[Any, Index]], table: Iterable[str], make: Callable[[], Index]) -> Index:
    """The index of `table` in `indexes`, made by `make` the first time."""
    entry = indexes.get(id(table))
    if entry is None or entry[0] is not table:
        if len(indexes) >= TABLES_INDEXED:
            indexes.clear()
        entry = indexes[id(table)] = (table, make())
    return entry[1]


@lru_cache(maxsize=256)
def _by_word(keys: tuple[str, ...], position: int) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((lowered_words(k) for k in keys), key=lambda t: (-len(t), t)):
        if phrase:
            index.setdefault(phrase[position], []).append(phrase)
    return index


@lru_cache(maxsize=256)
def _keys(keys: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    return {lowered_words(k): k for k in keys}


@cache
def lexicon() -> Lexicon:
    raw = resources.files("claimcheck.extract").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    return Lexicon.model_validate(load_packaged(raw))


@cache
def irregular_past() -> frozenset[str]:
    """The one-word irregular past forms of the date words' past markers ("struck", "fled"), auxiliaries
    left out: a verb however it ends."""
    auxiliaries = {"was", "were", "had", "did"}
    return frozenset(w for w in lexicon().dates.past_markers if " " not in w and w not in auxiliaries)


@lru_cache(maxsize=64)
def word_set(field: str) -> frozenset[str]:
    """The words of one of the lexicon's word lists (`person_titles`, `holding_verbs`, …) as a set."""
    words = getattr(lexicon(), field)
    assert isinstance(words, list), field
    return frozenset(words)


@cache
def concept_of_word() -> dict[str, str]:
    """Each concept word or phrase → its concept name."""
    return {word: concept for concept, words in lexicon().concepts.items() for word in words}


@cache
def figure_naming_words() -> frozenset[str]:
    """The words that say what a figure in a list of key figures is, in the label before or after its colon: a
    referring or counter noun ("number", "total"), an amount's noun ("amount", "estimate", "deficit") or a one-word
    name of a fact ("magnitude", "killed", "displaced")."""
    lex = lexicon()
    facts = {word for name in lex.facts for word in lex.fact_words(name) if " " not in word}
    return frozenset(facts | set(lex.referring_nouns) | set(lex.counter_nouns) | set(lex.amount_vague_nouns))


@cache
def figure_label_heads() -> frozenset[str]:
    """The words that may open the label after a figure that opens its line ("— 14: Number of countries hit", "— 9.1:
    Magnitude of the quake", "— 40: Deaths reported"): a referring or counter noun, a scale's noun, a noun of
    `figure_label_nouns`, or a plural noun a fact, an amount or a measure is told in ("countries" is no fact's, but
    "deaths", "homes", "evacuees", "donations" are). Never a preposition, an adverb, an ordinal or a direction
    ("Part of", "Second", "Off", "North")."""
    lex = lexicon()
    plural = {
        word.lower()
        for name in lex.facts
        for word in lex.fact_words(name)
        if " " not in word and word.endswith("s") and not word.endswith("ss")
    } | {word for word in lex.amount_vague_nouns if word.endswith("s") and not word.endswith("ss")}
    scales = {k for k in lex.scale_prefixes if " " not in k}
    return frozenset(plural | scales | set(lex.referring_nouns) | set(lex.counter_nouns) | set(lex.figure_label_nouns))


# The dimensions of facts that are measures, not counts or sums ("Depth", "Temperature", "Containment").
_MEASURE_DIMENSIONS = frozenset(
    {"magnitude", "length", "temperature", "speed", "area", "mass", "volume", "duration", "ratio"}
)


@cache
def measure_label_nouns() -> frozenset[str]:
    """The one-word names of facts that are measures ("depth", "temperature", "containment", "magnitude") and never
    of a count's fact, nor a verb's form: a label they head gives a measure, not what a figure counts
    ("Temperature: 41", "Depth: 10"; not "Votes: 150743", "Destroyed: 40")."""
    lex = lexicon()
    counts = {w.lower() for name, fact in lex.facts.items() if fact.dimension == "count" for w in lex.fact_words(name)}
    return frozenset(
        word.lower()
        for name, fact in lex.facts.items()
        if fact.dimension in _MEASURE_DIMENSIONS
        for word in lex.fact_words(name)
        if " " not in word and word.lower() not in counts and not word.endswith(("ed", "ing", "s"))
    ) | frozenset(k for k in lex.scale_prefixes if " " not in k)


@cache
def demonym_adjective_endings() -> tuple[str, ...]:
    """How a demonym used before a noun or a name ends ("Palestinian", "Thai", "Chinese", "British", "Dutch"):
    the lexicon's plural demonym endings without their "s", and -ish, -ch."""
    return tuple(sorted({ending.removesuffix("s") for ending in lexicon().demonym_endings} | {"ish", "ch"}))


def alternatives(words: Iterable[str]) -> str:
    """Words as one regular-expression alternation, longest first (so "per cent" is tried before "per")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
