/**
 * The GMG SDK's value types: the eight {@link dev.gmg.model.ActionPoint action points} of the
 * Secretary-General's agenda, the {@link dev.gmg.model.Agency agencies} and other organisations the report
 * names, their {@link dev.gmg.model.Activity activities}, the {@link dev.gmg.model.Place places} of the UN M49
 * {@link dev.gmg.model.Gazetteer gazetteer}, EDTF {@link dev.gmg.model.EdtfPeriod periods}, and the
 * {@link dev.gmg.model.Dataset dataset} that holds them together.
 *
 * <p>Every type is immutable and null-free. Invariants without which an object means nothing (an activity
 * without an id or an action point) are checked when the object is built, and the builder throws an
 * {@link java.lang.IllegalStateException} naming the attribute. Rules a data file can break (formats, lengths,
 * references) are Bean Validation constraints on the accessors, so a reader can report all of them at once.
 * The accessors are not named {@code get*}: a validator must be told to treat no-argument methods as
 * properties (Hibernate Validator: a {@code GetterPropertySelectionStrategy}); gmg-io does so.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaultAsDefault = true,
    optionalAcceptNullable = false,
    overshadowImplementation = true)
package dev.gmg.model;

import org.immutables.value.Value;
