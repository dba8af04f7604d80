<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\event;

/**
 * A campaign was answered: one response was submitted. The campaign is the object, never the
 * response, so the log offers no way from a respondent to an answer; in anonymous campaigns the
 * event is marked anonymous and carries no user.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_answered extends \core\event\base {
    /**
     * The event for a campaign.
     *
     * @param int $campaignid
     * @param int $contextid the campaign's context
     * @param bool $anonymous whether the campaign is anonymous
     * @return self
     */
    public static function create_for_campaign(int $campaignid, int $contextid, bool $anonymous): self {
        $data = [
            'context' => \context::instance_by_id($contextid),
            'objectid' => $campaignid,
            'anonymous' => $anonymous ? 1 : 0,
        ];
        if ($anonymous) {
            // Not even the log says who answered when: the order of these entries could otherwise be
            // lined up with the order of the responses.
            $data['userid'] = 0;
        }
        return self::create($data);
    }

    /**
     * Initialises the event data.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = 'local_digitalstrategy_campaign';
    }

    /**
     * The event's name.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('respond_event_answered', 'local_digitalstrategy');
    }

    /**
     * What happened.
     *
     * @return string
     */
    public function get_description() {
        return "A response to the campaign with id '{$this->objectid}' was submitted.";
    }

    /**
     * Where it happened.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/campaign.php', ['id' => $this->objectid]);
    }

    /**
     * How the object id maps on backup and restore.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'local_digitalstrategy_campaign', 'restore' => \core\event\base::NOT_MAPPED];
    }
}
