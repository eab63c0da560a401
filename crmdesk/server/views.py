"""Each person's view of the team's data, served as an incremental pull."""

from fastapi import APIRouter

router = APIRouter()
