<?php
// This file is part of Moodle - http://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\userlist;

/**
 * Privacy provider for mod_devcircle.
 *
 * Each part of the circle describes, finds, exports and deletes its own data in a class of
 * its own, listed in PARTS; this provider asks every part in turn. Webinars: attendance,
 * sessions and the data sent to BigBlueButton ({@see webinar_privacy}). Pads: authorship of pads and
 * snapshots, and the data sent to Etherpad ({@see pads_privacy}).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
    \core_privacy\local\metadata\provider,
    \core_privacy\local\request\core_userlist_provider,
    \core_privacy\local\request\plugin\provider {
    /** @var string[] the classes that handle the data of each part of the circle */
    private const PARTS = [
        webinar_privacy::class,
        pads_privacy::class,
    ];

    /**
     * Describes the personal data the circle stores and sends elsewhere.
     *
     * @param collection $collection the collection to add to
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        foreach (self::PARTS as $part) {
            $part::add_metadata($collection);
        }
        self::add_feedback_metadata($collection);
        return $collection;
    }

    /**
     * Feedback: the circle stores nothing of its own. Invitations and answers are kept by
     * local_digitalstrategy (which exports and deletes them); the request for feedback after a
     * session is a Moodle notification.
     *
     * @param collection $collection the collection to add to
     */
    private static function add_feedback_metadata(collection $collection): void {
        $collection->add_subsystem_link('core_message', [], 'privacy:metadata:core_message');
    }

    /**
     * The circles in which the user has data.
     *
     * @param int $userid the user
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        foreach (self::PARTS as $part) {
            $part::add_contexts_for_userid($contextlist, $userid);
        }
        return $contextlist;
    }

    /**
     * The users who have data in a circle.
     *
     * @param userlist $userlist the list to fill
     */
    public static function get_users_in_context(userlist $userlist) {
        foreach (self::PARTS as $part) {
            $part::add_users_in_context($userlist);
        }
    }

    /**
     * Exports the user's data in the approved circles.
     *
     * @param approved_contextlist $contextlist the circles
     */
    public static function export_user_data(approved_contextlist $contextlist) {
        foreach (self::PARTS as $part) {
            $part::export_user_data($contextlist);
        }
    }

    /**
     * Deletes everyone's data in a circle.
     *
     * @param \context $context the circle's context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
        foreach (self::PARTS as $part) {
            $part::delete_data_for_all_users_in_context($context);
        }
    }

    /**
     * Deletes the user's data in the approved circles.
     *
     * @param approved_contextlist $contextlist the circles
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        foreach (self::PARTS as $part) {
            $part::delete_data_for_user($contextlist);
        }
    }

    /**
     * Deletes the data of the approved users in a circle.
     *
     * @param approved_userlist $userlist the users and their circle
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
        foreach (self::PARTS as $part) {
            $part::delete_data_for_userlist($userlist);
        }
    }
}
