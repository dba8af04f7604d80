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

namespace local_digitalstrategy\task;

use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\campaign\invitation_lock;
use local_digitalstrategy\local\campaign\invitation_sender;
use local_digitalstrategy\local\settings;

/**
 * Keeps the survey campaigns going: opens and closes them at their dates, mails invitations still
 * pending or refused last time, and reminds those who have not responded (at most the setting
 * maxreminders, spaced by reminderspacing; never the declined or revoked). Holds the campaign mail
 * lock; when another runner holds it, this run does nothing and the next one catches up.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class send_reminders extends \core\task\scheduled_task {
    /**
     * The task's name.
     *
     * @return string
     */
    public function get_name() {
        return get_string('reminder_task_send', 'local_digitalstrategy');
    }

    /**
     * Sends the mails.
     */
    public function execute() {
        $lock = invitation_lock::acquire();
        if (!$lock) {
            mtrace('Another runner is mailing campaign invitations; nothing sent.');
            return;
        }
        try {
            $service = \core\di::get(campaign_service::class);
            $dates = $service->apply_dates();
            mtrace("Campaigns opened: {$dates['opened']}, closed: {$dates['closed']}.");
            $campaigns = \core\di::get(campaign_repository::class);
            $sender = \core\di::get(invitation_sender::class);
            $settings = \core\di::get(settings::class);
            foreach ($service->open_campaign_ids() as $id) {
                $campaign = $campaigns->get($id);
                $invited = $sender->send_invitations($campaign);
                $reminded = $sender->send_reminders($campaign, $settings->max_reminders(), $settings->reminder_spacing());
                mtrace("Campaign $id: {$invited['sent']} invitations and {$reminded['sent']} reminders sent, "
                    . ($invited['failed'] + $reminded['failed']) . ' refused.');
            }
        } finally {
            $lock->release();
        }
    }
}
