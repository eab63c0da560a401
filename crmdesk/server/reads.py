"""Search, stats, exports and reports for the command line, filtered and masked here."""

from fastapi import APIRouter

router = APIRouter()
