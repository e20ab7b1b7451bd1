"""FollowTheMoney sources: read FtM entity files, keep them as imported statements, match them to ours.

OpenSanctions publishes its datasets as FtM JSON lines and OCCRP Aleph exports them; see docs/ftm.md.
"""
