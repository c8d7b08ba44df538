/**
 * Email: decision notices, new-task notices, reminders and the Schools Forum summary. Other modules publish
 * application events at their decision points and do not depend on this module. It listens, records each message in
 * the transaction of the step that caused it, and sends it afterwards from an asynchronous process step.
 */
package uk.gov.york.inclusion.notification;
